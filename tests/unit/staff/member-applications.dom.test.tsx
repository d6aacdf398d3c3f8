/**
 * A member's subsidy applications, on their console page (issue #13 item 4): the desk sees each
 * with its programme in the console's language, the day applied, the outcome and a refusal's
 * reason; enters one; approves one or refuses it only with a reason, said in words before anything
 * is sent; deciding twice is said in words. A trainer's console shows nothing and never asks.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StaffRole } from '../../../src/shared/staff/roles';
import {
  type Application,
  SubsidyApplicationsApi,
} from '../../../src/shared/subsidies/applications-api';
import { ApiError } from '../../../src/staff/api/http';
import { me } from '../../../src/staff/app/session';
import { MemberSubsidyApplications } from '../../../src/staff/pages/MemberSubsidyApplications';
import { demoConfig } from '../meals-flow/support';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../../src/staff/api/client', () => ({ call }));
vi.mock('../../../src/staff/app/centre-config', () => ({
  readCentreConfig: async () => demoConfig(),
}));

const OPEN: Application = {
  id: 'a1',
  programmeId: 'qinghe-old-age',
  appliedOn: '2026-10-08',
  status: 'applied',
  decidedOn: null,
  reason: null,
  note: null,
  by: 'desk1',
};
const REFUSED: Application = {
  id: 'a2',
  programmeId: 'home-adaptation',
  appliedOn: '2026-09-01',
  status: 'refused',
  decidedOn: '2026-09-20',
  reason: '房屋不是自有产权',
  note: null,
  by: 'desk1',
};

function signIn(role: StaffRole) {
  me.value = {
    id: 's1',
    name: '王芳',
    nameConfirmed: true,
    username: 'wangfang',
    role,
    session: { expiresAt: '2026-12-05T20:00:00.000Z', idleExpiresAt: '2026-12-05T12:00:00.000Z' },
  };
}

beforeEach(() => {
  call.mockReset();
  call.mockImplementation(async () => ({ applications: [OPEN, REFUSED] }));
});
afterEach(() => {
  me.value = undefined;
});

describe('subsidy applications, on the member page', () => {
  it('shows nothing to a trainer and never asks the server', () => {
    signIn('trainer');
    const { container } = render(<MemberSubsidyApplications memberId="m1" />);
    expect(container.textContent).toBe('');
    expect(call).not.toHaveBeenCalled();
  });

  it('lists each application in words, and enters a new one', async () => {
    signIn('staff');
    render(<MemberSubsidyApplications memberId="m1" />);
    const table = await screen.findByRole('table');
    await within(table).findByText('高龄津贴（区级）');
    const rows = within(table).getAllByRole('row');
    expect(rows[1]?.textContent).toContain('2026-10-08');
    expect(rows[1]?.textContent).toContain('已申请，等结果');
    expect(rows[2]?.textContent).toContain('适老化改造补助（区级）');
    expect(rows[2]?.textContent).toContain('未批准（2026-09-20）');
    expect(rows[2]?.textContent).toContain('房屋不是自有产权');

    fireEvent.submit(screen.getByRole('button', { name: '记下申请' }));
    await screen.findByText('请选择一个项目。');
    expect(call).toHaveBeenCalledTimes(1); // only the first read

    fireEvent.change(screen.getAllByLabelText('项目')[0] as HTMLSelectElement, {
      target: { value: 'service-subsidy' },
    });
    fireEvent.input(screen.getByLabelText('申请日期'), { target: { value: ' 2026-11-20 ' } });
    fireEvent.input(screen.getByLabelText('备注（可以不填）'), { target: { value: '带了户口本' } });
    fireEvent.submit(screen.getByRole('button', { name: '记下申请' }));
    await screen.findByText('已记下。');
    expect(call).toHaveBeenLastCalledWith(SubsidyApplicationsApi.add, {
      params: { id: 'm1' },
      body: { programmeId: 'service-subsidy', appliedOn: '2026-11-20', note: '带了户口本' },
    });
  });

  it('refuses only with a reason, and says so when it was decided already', async () => {
    signIn('staff');
    render(<MemberSubsidyApplications memberId="m1" />);
    // Only the open application offers a decision.
    const decide = await screen.findAllByRole('button', { name: '记下结果' });
    expect(decide).toHaveLength(1);
    fireEvent.click(decide[0] as HTMLElement);
    await screen.findByRole('heading', { name: '记下结果：高龄津贴（区级）（2026-10-08申请）' });
    fireEvent.change(screen.getByLabelText('结果'), { target: { value: 'refused' } });
    fireEvent.input(screen.getByLabelText('结果日期'), { target: { value: '2026-11-02' } });
    const submit = () =>
      fireEvent.submit(
        screen.getAllByRole('button', { name: '记下结果' }).at(-1) as HTMLButtonElement,
      );
    submit();
    await screen.findByText('未批准要写上原因。');
    expect(call).toHaveBeenCalledTimes(1);

    fireEvent.input(screen.getByLabelText('未批准的原因'), { target: { value: '年龄未满80岁' } });
    call.mockRejectedValueOnce(new ApiError(409, 'already_decided', 'already decided'));
    submit();
    await screen.findByText('这份申请的结果已经记下了，请刷新页面看看。');
    expect(call).toHaveBeenLastCalledWith(SubsidyApplicationsApi.decide, {
      params: { id: 'm1', applicationId: 'a1' },
      body: { status: 'refused', decidedOn: '2026-11-02', reason: '年龄未满80岁' },
    });

    call.mockResolvedValueOnce({
      applications: [
        { ...OPEN, status: 'refused', decidedOn: '2026-11-02', reason: '年龄未满80岁' },
        REFUSED,
      ],
    });
    submit();
    await screen.findByText('已记下结果。');
    await waitFor(() => expect(screen.queryByRole('button', { name: '记下结果' })).toBeNull());
    expect(screen.getByText('年龄未满80岁')).toBeTruthy();
  });
});
