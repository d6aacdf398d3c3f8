/**
 * A session's changes on the console (issue #15): the trainer cancels with the reason typed and
 * the page then says so instead of offering the forms; the edit form sends the session's facts as shown; delete is offered only while nobody has checked
 * in; a full session says 已满, one over its places 超员 N 人.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClassSession } from '../../../src/shared/classes/api';
import { SessionChangesApi } from '../../../src/shared/classes/session-changes-api';
import { CapacityMark } from '../../../src/staff/classes/CapacityMark';
import { CancelledNote, SessionChanges } from '../../../src/staff/classes/SessionChanges';
import { SessionPage } from '../../../src/staff/classes/SessionPage';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../../src/staff/api/client', () => ({ call }));

const SESSION: ClassSession = {
  id: 's1',
  courseId: null,
  lessonIds: ['video-call'],
  date: '2026-12-08',
  start: '09:30',
  end: '11:00',
  venue: '二楼活动室',
  trainerId: 't1',
  trainerName: '陈老师',
  kind: 'class',
  capacity: 12,
  volunteers: [],
  checkedIn: 3,
  cancelled: null,
};

beforeEach(() => {
  call.mockReset();
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify({ lessons: [] }), { status: 200 })),
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a session’s changes', () => {
  it('cancels with the reason typed, and then says why instead of the forms', async () => {
    const cancelled = {
      ...SESSION,
      cancelled: { at: '2026-12-06T03:00:00.000Z', reason: '老师生病' },
    };
    call.mockImplementation(async () => ({ session: cancelled, attendees: [] }));
    const onChanged = vi.fn();
    const { rerender } = render(<SessionChanges session={SESSION} onChanged={onChanged} />);
    expect(screen.queryByRole('button', { name: '删除这节课' })).toBeNull();
    fireEvent.input(screen.getByLabelText('取消的原因（会记在签到名单上）'), {
      target: { value: '老师生病' },
    });
    fireEvent.click(screen.getByRole('button', { name: '确认取消这节课' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledOnce());
    expect(call).toHaveBeenCalledWith(SessionChangesApi.cancel, {
      params: { id: 's1' },
      body: { reason: '老师生病' },
    });
    rerender(<SessionChanges session={cancelled} onChanged={onChanged} />);
    expect(screen.queryByRole('button', { name: '保存修改' })).toBeNull();
    render(<CancelledNote session={cancelled} />);
    expect(screen.getByRole('status').textContent).toBe('这节课已经取消了：老师生病');
  });

  it('offers no check-in by hand or guest on a cancelled session’s page, as on a running one', async () => {
    const cancelled = {
      ...SESSION,
      cancelled: { at: '2026-12-06T03:00:00.000Z', reason: '老师生病' },
    };
    call.mockImplementation(async () => ({ session: cancelled, attendees: [] }));
    const { unmount } = render(<SessionPage id="s1" />);
    await screen.findByText('这节课已经取消了：老师生病');
    expect(screen.queryByRole('heading', { name: '帮会员签到（忘带卡）' })).toBeNull();
    expect(screen.queryByRole('heading', { name: '不是会员的访客' })).toBeNull();
    unmount();

    call.mockImplementation(async () => ({ session: SESSION, attendees: [] }));
    render(<SessionPage id="s1" />);
    await screen.findByRole('heading', { name: '帮会员签到（忘带卡）' });
    screen.getByRole('heading', { name: '不是会员的访客' });
  });

  it('sends the facts as shown, and offers delete only while nobody has checked in', async () => {
    call.mockImplementation(async () => ({ session: SESSION, attendees: [] }));
    render(<SessionChanges session={{ ...SESSION, checkedIn: 0 }} onChanged={() => undefined} />);
    fireEvent.input(screen.getByLabelText('名额'), { target: { value: '20' } });
    fireEvent.click(screen.getByRole('button', { name: '保存修改' }));
    await screen.findByText(/改好了/);
    expect(call).toHaveBeenCalledWith(SessionChangesApi.edit, {
      params: { id: 's1' },
      body: {
        lessonIds: ['video-call'],
        date: '2026-12-08',
        start: '09:30',
        end: '11:00',
        venue: '二楼活动室',
        capacity: 20,
      },
    });
    expect(screen.getByRole('button', { name: '删除这节课' })).toBeTruthy();
  });

  it('says a session is full, or by how many it is over', () => {
    const { container, rerender } = render(<CapacityMark checkedIn={11} capacity={12} />);
    expect(container.textContent).toBe('');
    rerender(<CapacityMark checkedIn={12} capacity={12} />);
    expect(container.textContent).toBe('已满');
    rerender(<CapacityMark checkedIn={14} capacity={12} />);
    expect(container.textContent).toBe('超员 2 人');
  });
});
