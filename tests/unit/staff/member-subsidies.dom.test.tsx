/**
 * What a member receives, on their console page (issue #13 item 3): the desk sees and edits it
 * in yuan and months, each problem said in the console's language before anything is sent; a
 * trainer's console shows nothing of it and never asks the server.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StaffRole } from '../../../src/shared/staff/roles';
import { SubsidyRegisterApi } from '../../../src/shared/subsidies/api';
import { me } from '../../../src/staff/app/session';
import { MemberSubsidies } from '../../../src/staff/pages/MemberSubsidies';
import { demoConfig } from '../meals-flow/support';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../../src/staff/api/client', () => ({ call }));
vi.mock('../../../src/staff/app/centre-config', () => ({
  readCentreConfig: async () => demoConfig(),
}));

const RECEIVED = {
  programmeId: 'qinghe-old-age',
  fen: 8000,
  since: '2026-07',
  suspendedFrom: null,
  suspendedTo: null,
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
  call.mockImplementation(async (contract: unknown, input: { body?: { receipts: unknown } }) =>
    contract === SubsidyRegisterApi.put
      ? { receipts: input.body?.receipts }
      : { receipts: [RECEIVED] },
  );
});
afterEach(() => {
  me.value = undefined;
});

describe('subsidies received, on the member page', () => {
  it('shows nothing to a trainer and never asks the server', () => {
    signIn('trainer');
    const { container } = render(<MemberSubsidies memberId="m1" />);
    expect(container.textContent).toBe('');
    expect(call).not.toHaveBeenCalled();
  });

  it('lets the desk add a programme, says what is wrong in words, and saves in fen', async () => {
    signIn('staff');
    render(<MemberSubsidies memberId="m1" />);
    const amounts = await screen.findAllByLabelText(/每月金额/);
    expect((amounts[0] as HTMLInputElement).value).toBe('80');

    fireEvent.change(screen.getByLabelText('添加一项补贴'), {
      target: { value: 'disability-care' },
    });
    const inputs = () => screen.getAllByRole('textbox') as HTMLInputElement[];
    // The new row: an amount, then a month typed the wrong way.
    fireEvent.input(inputs()[4] as HTMLInputElement, { target: { value: '100' } });
    fireEvent.input(inputs()[5] as HTMLInputElement, { target: { value: '2026/1' } });
    fireEvent.submit(screen.getByRole('button', { name: '保存领取的补贴' }));
    await screen.findByText(/“从哪个月起发”要写成 2026-07 这样的年-月/);
    expect(call).toHaveBeenCalledTimes(1); // only the first read

    fireEvent.input(inputs()[5] as HTMLInputElement, { target: { value: '2026-01' } });
    fireEvent.submit(screen.getByRole('button', { name: '保存领取的补贴' }));
    await screen.findByText('已保存。');
    await waitFor(() =>
      expect(call).toHaveBeenLastCalledWith(SubsidyRegisterApi.put, {
        params: { id: 'm1' },
        body: {
          receipts: [
            RECEIVED,
            {
              programmeId: 'disability-care',
              fen: 10000,
              since: '2026-01',
              suspendedFrom: null,
              suspendedTo: null,
            },
          ],
        },
      }),
    );
  });
});
