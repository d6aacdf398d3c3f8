/**
 * 安排一节课 on the console (issue #15): choosing a course ticks its lessons, a lesson can then be
 * unticked and the times changed, and the session is sent with the lessons, day and times as the
 * form shows them (the same fields, and the same state behind them, as a session's change form).
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClassesApi } from '../../../src/shared/classes/api';
import { SessionForm } from '../../../src/staff/classes/SessionForm';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../../src/staff/api/client', () => ({ call }));

const listing = (id: string, order: number, title: string) => ({
  id,
  order,
  icon: 'phone',
  title: { 'zh-Hans': title, 'zh-Hant': title, en: title },
  summary: { 'zh-Hans': '', 'zh-Hant': '', en: '' },
  steps: 3,
});

beforeEach(() => {
  call.mockReset();
  call.mockImplementation(async (route: unknown) => {
    if (route === ClassesApi.courses)
      return {
        courses: [
          {
            id: 'c1',
            title: '手机入门班',
            schedule: '',
            lessonIds: ['big-text-wifi', 'video-call'],
            createdAt: '2026-12-01T00:00:00.000Z',
          },
        ],
      };
    if (route === ClassesApi.picks) return { trainers: [], volunteers: [] };
    return {};
  });
  vi.stubGlobal(
    'fetch',
    vi.fn(
      async () =>
        new Response(
          JSON.stringify({
            lessons: [
              listing('big-text-wifi', 1, '大字和无线网'),
              listing('video-call', 2, '视频通话'),
            ],
          }),
          { status: 200 },
        ),
    ),
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('安排一节课', () => {
  it('sends the lessons, day and times as the form shows them', async () => {
    render(<SessionForm today="2026-12-08" onSaved={() => undefined} />);
    await screen.findByRole('option', { name: '手机入门班' });
    fireEvent.change(screen.getByLabelText('属于哪个课程'), { target: { value: 'c1' } });
    const video = (await screen.findByLabelText('视频通话')) as HTMLInputElement;
    await waitFor(() => expect(video.checked).toBe(true));
    fireEvent.click(video);
    await waitFor(() => expect(video.checked).toBe(false));
    fireEvent.input(screen.getByLabelText('开始时间'), { target: { value: '14:00' } });
    fireEvent.input(screen.getByLabelText('结束时间'), { target: { value: '15:30' } });
    fireEvent.click(screen.getByRole('button', { name: '保存这节课' }));
    await screen.findByText('已安排。');
    expect(call).toHaveBeenCalledWith(ClassesApi.addSession, {
      body: expect.objectContaining({
        courseId: 'c1',
        lessonIds: ['big-text-wifi'],
        date: '2026-12-08',
        start: '14:00',
        end: '15:30',
      }),
    });
  });
});
