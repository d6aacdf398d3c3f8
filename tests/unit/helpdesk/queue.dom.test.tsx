/**
 * The service request queue and a request's page, in jsdom over a fake /api: the status filter
 * and a member's history ask the server for exactly that; assigning sends the staff member and
 * the planned day and part of day; the status moves on; notes are added; the page shows what the
 * server answered. A complaint is marked admin-only, and a queue without complaints is just fine.
 * 帮我申请 is named by its programme and its page lists the documents the elder was told to bring.
 */
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Me } from '../../../src/shared/staff/api';
import { me } from '../../../src/staff/app/session';
import { helpSettings } from '../../../src/staff/help/help-config';
import { requestsVersion } from '../../../src/staff/help/help-live';
import { RequestDetail } from '../../../src/staff/help/RequestDetail';
import { RequestsPage } from '../../../src/staff/help/RequestsPage';
import { fakeApi, member, serviceRequest } from './fakes';

const admin: Me = {
  id: 's-admin',
  name: '管理员',
  username: 'admin',
  role: 'admin',
  nameConfirmed: true,
  session: { expiresAt: '2026-11-26T00:00:00.000Z', idleExpiresAt: '2026-11-26T00:00:00.000Z' },
};

beforeEach(() => {
  me.value = admin;
  helpSettings.value = {
    timeZone: 'Asia/Shanghai',
    help: {
      emergency: { countdownSeconds: 3, escalateAfterSeconds: 60, localAlarm: true },
      categories: [
        {
          id: 'cleaning',
          icon: 'clean',
          label: { 'zh-Hans': '助洁打扫', 'zh-Hant': '助潔打掃', en: 'Cleaning' },
        },
        {
          id: 'complaint',
          icon: 'complaint',
          label: { 'zh-Hans': '投诉建议', 'zh-Hant': '投訴建議', en: 'Complaints' },
          complaint: true,
        },
      ],
    },
  };
});

afterEach(() => {
  me.value = undefined;
  helpSettings.value = null;
  vi.unstubAllGlobals();
});

const rows = () => screen.getAllByRole('row').slice(1);

describe('the request queue', () => {
  it('lists requests with the category’s name, what was asked, status and assignee', async () => {
    const api = fakeApi({
      'GET /api/help/requests': () => ({
        json: {
          requests: [
            serviceRequest(),
            serviceRequest({
              id: 'r2',
              status: 'assigned',
              assignee: { id: 's-li', name: '李师傅', kind: 'staff' },
              plan: { day: '2026-11-26', part: 'morning' },
            }),
            serviceRequest({
              id: 'r3',
              category: 'complaint',
              complaint: true,
              member: null,
              when: null,
              where: null,
            }),
          ],
          total: 3,
        },
      }),
    });
    render(<RequestsPage rest={null} />);
    await screen.findByText('共 3 条');
    expect(api.map((r) => r.path)).toEqual(['/api/help/requests?page=1']);
    const [first, second, third] = rows() as [HTMLElement, HTMLElement, HTMLElement];
    within(first).getByRole('link', { name: '助洁打扫' });
    within(first).getByText('明天，上门');
    within(first).getByText('新请求');
    within(second).getByText('李师傅，2026-11-26 上午');
    within(third).getByText('仅管理员可见');
    within(third).getByText('没有留名');
  });

  it('asks the server for one status, and for one member’s history', async () => {
    const api = fakeApi({
      'GET /api/help/requests': () => ({ json: { requests: [serviceRequest()], total: 1 } }),
    });
    const { unmount } = render(<RequestsPage rest={null} />);
    await screen.findByText('共 1 条');
    fireEvent.change(screen.getByLabelText('状态'), { target: { value: 'in-progress' } });
    await vi.waitFor(() => expect(api).toHaveLength(2));
    expect(api[1]?.path).toBe('/api/help/requests?status=in-progress&page=1');
    unmount();

    render(<RequestsPage rest={`member/${member.id}`} />);
    await screen.findByText('张桂兰 的全部服务请求。');
    expect(api[2]?.path).toBe(`/api/help/requests?memberId=${member.id}&page=1`);
  });

  it('pages through a long queue', async () => {
    const page = (n: number) =>
      Array.from({ length: n }, (_, i) => serviceRequest({ id: `r${i}` }));
    const api = fakeApi({
      'GET /api/help/requests': (_body, url) => ({
        json: { requests: page(url.searchParams.get('page') === '1' ? 3 : 2), total: 5 },
      }),
    });
    render(<RequestsPage rest={null} />);
    await screen.findByText('共 5 条');
    fireEvent.click(screen.getByRole('button', { name: '下一页' }));
    await vi.waitFor(() => expect(rows()).toHaveLength(2));
    expect(api[1]?.path).toBe('/api/help/requests?page=2');
    expect((screen.getByRole('button', { name: '下一页' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });
});

describe('a request’s page', () => {
  it('assigns a staff member with a planned day and part of day', async () => {
    let current = serviceRequest();
    const api = fakeApi({
      'GET /api/help/requests/r1': () => ({ json: current }),
      'GET /api/help/assignees': () => ({
        json: {
          staff: [
            { id: 's-wang', name: '王芳' },
            { id: 's-li', name: '李师傅' },
          ],
          fieldWorkers: [{ id: 'p-zhao', name: '赵师傅' }],
        },
      }),
      'POST /api/help/requests/r1/assign': (body) => {
        const { staffId, plan } = body as { staffId: string; plan: typeof current.plan };
        current = {
          ...current,
          status: 'assigned',
          assignee: { id: staffId, name: '李师傅', kind: 'staff' as const },
          plan,
          updatedAt: '2026-11-25T03:00:00.000Z',
        };
        return { json: current };
      },
    });
    render(<RequestDetail id="r1" />);
    await screen.findByRole('heading', { level: 1, name: '服务请求：助洁打扫' });
    const who = screen.getByLabelText('安排给') as HTMLSelectElement;
    await vi.waitFor(() => expect(who.options).toHaveLength(3));
    expect([...who.options].map((o) => o.textContent)).toEqual([
      '王芳',
      '李师傅',
      '赵师傅（上门服务）',
    ]);
    fireEvent.change(who, { target: { value: 'staff:s-li' } });
    fireEvent.input(screen.getByLabelText('哪天去'), { target: { value: '2026-11-26' } });
    fireEvent.change(screen.getByLabelText('上午、下午还是晚上'), {
      target: { value: 'morning' },
    });
    fireEvent.click(screen.getByRole('button', { name: '保存安排' }));
    await screen.findByText('已保存，自助机上老人会看到新的状态。');
    expect(api.find((r) => r.method === 'POST')).toEqual({
      method: 'POST',
      path: '/api/help/requests/r1/assign',
      body: { staffId: 's-li', plan: { day: '2026-11-26', part: 'morning' } },
    });
    expect(document.querySelector('[data-field="assignee"]')?.textContent).toBe(
      '李师傅，2026-11-26 上午',
    );
    expect(document.querySelector('[data-field="status"]')?.textContent).toBe('已安排');
  });

  it('refuses a part of the day without a day, before asking the server', async () => {
    const api = fakeApi({ 'GET /api/help/requests/r1': () => ({ json: serviceRequest() }) });
    render(<RequestDetail id="r1" />);
    await screen.findByRole('heading', { level: 1, name: '服务请求：助洁打扫' });
    fireEvent.change(screen.getByLabelText('上午、下午还是晚上'), {
      target: { value: 'evening' },
    });
    fireEvent.click(screen.getByRole('button', { name: '保存安排' }));
    await screen.findByText('选了上午、下午或晚上，也请填是哪一天。');
    expect(api.filter((r) => r.method === 'POST')).toEqual([]);
  });

  it('gives a request to a field worker on the people list, by personId', async () => {
    const api = fakeApi({
      'GET /api/help/requests/r1': () => ({ json: serviceRequest() }),
      'GET /api/help/assignees': () => ({
        json: {
          staff: [{ id: 's-wang', name: '王芳' }],
          fieldWorkers: [{ id: 'p-zhao', name: '赵师傅' }],
        },
      }),
      'POST /api/help/requests/r1/assign': () => ({
        json: serviceRequest({
          status: 'assigned',
          assignee: { id: 'p-zhao', name: '赵师傅', kind: 'person' },
        }),
      }),
    });
    render(<RequestDetail id="r1" />);
    await screen.findByRole('heading', { level: 1, name: '服务请求：助洁打扫' });
    const who = screen.getByLabelText('安排给') as HTMLSelectElement;
    await vi.waitFor(() => expect(who.options).toHaveLength(2));
    fireEvent.change(who, { target: { value: 'person:p-zhao' } });
    fireEvent.click(screen.getByRole('button', { name: '保存安排' }));
    await screen.findByText('已保存，自助机上老人会看到新的状态。');
    expect(api.find((r) => r.method === 'POST')?.body).toEqual({ personId: 'p-zhao', plan: null });
    expect(document.querySelector('[data-field="assignee"]')?.textContent).toContain('赵师傅');
  });

  it('lets staff (not admin) take a request on themselves when the list cannot be had', async () => {
    me.value = { ...admin, id: 's-wang', name: '王芳', role: 'staff' };
    const api = fakeApi({
      'GET /api/help/requests/r1': () => ({ json: serviceRequest() }),
      'GET /api/help/assignees': () => ({
        status: 503,
        json: { error: { code: 'x', message: 'down' } },
      }),
      'POST /api/help/requests/r1/assign': () => ({
        json: serviceRequest({
          status: 'assigned',
          assignee: { id: 's-wang', name: '王芳', kind: 'staff' },
        }),
      }),
    });
    render(<RequestDetail id="r1" />);
    await screen.findByRole('heading', { level: 1, name: '服务请求：助洁打扫' });
    const who = screen.getByLabelText('安排给') as HTMLSelectElement;
    expect([...who.options].map((o) => o.textContent)).toEqual(['王芳']);
    fireEvent.click(screen.getByRole('button', { name: '保存安排' }));
    await screen.findByText('已保存，自助机上老人会看到新的状态。');
    expect(api.some((r) => r.path === '/api/staff/accounts')).toBe(false);
    expect(api.find((r) => r.method === 'POST')?.body).toEqual({ staffId: 's-wang', plan: null });
  });

  it('moves the status on and adds a note; a refusal is shown in words', async () => {
    let current = serviceRequest({
      status: 'assigned',
      assignee: { id: 's-li', name: '李师傅', kind: 'staff' },
    });
    const api = fakeApi({
      'GET /api/help/requests/r1': () => ({ json: current }),
      'GET /api/help/assignees': () => ({ json: { staff: [], fieldWorkers: [] } }),
      'POST /api/help/requests/r1/status': (body) => {
        const { status } = body as { status: typeof current.status };
        if (status === 'new')
          return {
            status: 409,
            json: { error: { code: 'bad_status', message: '已安排的请求不能退回新请求。' } },
          };
        current = { ...current, status, updatedAt: '2026-11-25T04:00:00.000Z' };
        return { json: current };
      },
      'POST /api/help/requests/r1/notes': (body) => {
        current = {
          ...current,
          notes: [
            ...current.notes,
            {
              at: '2026-11-25T04:10:00.000Z',
              by: { id: 's-admin', name: '管理员' },
              text: (body as { text: string }).text,
            },
          ],
        };
        return { json: current };
      },
    });
    render(<RequestDetail id="r1" />);
    await screen.findByRole('heading', { level: 1, name: '服务请求：助洁打扫' });

    fireEvent.change(screen.getByLabelText('新状态'), { target: { value: 'new' } });
    fireEvent.click(screen.getByRole('button', { name: '保存状态' }));
    await screen.findByText('没有办成：已安排的请求不能退回新请求。');

    fireEvent.change(screen.getByLabelText('新状态'), { target: { value: 'done' } });
    fireEvent.click(screen.getByRole('button', { name: '保存状态' }));
    await vi.waitFor(() =>
      expect(document.querySelector('[data-field="status"]')?.textContent).toBe('已完成'),
    );

    fireEvent.click(screen.getByRole('button', { name: '加上备注' }));
    await screen.findByText('请先写下备注内容。');
    fireEvent.input(screen.getByLabelText('新备注'), { target: { value: '已打扫完，老人满意' } });
    fireEvent.click(screen.getByRole('button', { name: '加上备注' }));
    await screen.findByText('已打扫完，老人满意');
    expect(api.filter((r) => r.method === 'POST').map((r) => [r.path, r.body])).toEqual([
      ['/api/help/requests/r1/status', { status: 'new' }],
      ['/api/help/requests/r1/status', { status: 'done' }],
      ['/api/help/requests/r1/notes', { text: '已打扫完，老人满意' }],
    ]);
  });

  it('reads the request again when a help event says it changed', async () => {
    let status: 'new' | 'cancelled' = 'new';
    fakeApi({ 'GET /api/help/requests/r1': () => ({ json: serviceRequest({ status }) }) });
    render(<RequestDetail id="r1" />);
    await screen.findByRole('heading', { level: 1, name: '服务请求：助洁打扫' });
    status = 'cancelled';
    requestsVersion.value += 1;
    await vi.waitFor(() =>
      expect(document.querySelector('[data-field="status"]')?.textContent).toBe('已取消'),
    );
  });
});

describe('帮我申请 in the queue', () => {
  const programme = {
    id: 'qinghe-old-age',
    name: { 'zh-Hans': '高龄津贴', 'zh-Hant': '高齡津貼', en: 'Old-age allowance' },
    documents: [
      { 'zh-Hans': '身份证', 'zh-Hant': '身份證', en: 'ID card' },
      { 'zh-Hans': '户口簿', 'zh-Hant': '戶口簿', en: 'Household register' },
    ],
  };
  const applyRequest = serviceRequest({
    category: 'subsidy-apply',
    programme,
    when: null,
    where: null,
  });

  it('is named by its programme in the list, and its page lists the documents to bring', async () => {
    fakeApi({
      'GET /api/help/requests': () => ({ json: { requests: [applyRequest], total: 1 } }),
      'GET /api/help/requests/r1': () => ({ json: applyRequest }),
    });
    render(<RequestsPage rest={null} />);
    await screen.findByRole('link', { name: '帮我申请补贴：高龄津贴' });
    document.body.innerHTML = '';
    render(<RequestDetail id="r1" />);
    await screen.findByRole('heading', { level: 1, name: '服务请求：帮我申请补贴：高龄津贴' });
    const documents = document.querySelector('[data-field="documents"]') as HTMLElement;
    expect(
      within(documents)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['身份证', '户口簿']);
    // What an appointment request never asks: no "when and where" line.
    expect(screen.queryByText('老人选的时间和地点')).toBeNull();
  });
});
