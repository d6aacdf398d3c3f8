/**
 * The calls page in jsdom over a fake /api: active calls with their actions (resolve with a
 * note, false alarm only with a reason, the escalation attempts) and the call history; and the
 * admin's report with its tables and chart.
 */
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HelpReport } from '../../../src/shared/help/api-types';
import { CallsPage } from '../../../src/staff/help/CallsPage';
import { HelpReportPage } from '../../../src/staff/help/HelpReportPage';
import { helpSettings } from '../../../src/staff/help/help-config';
import { activeCalls, applyCall, clearHelpCalls } from '../../../src/staff/help/help-live';
import { call, fakeApi } from './fakes';

beforeEach(() => {
  helpSettings.value = { timeZone: 'Asia/Shanghai', help: undefined };
});

afterEach(() => {
  clearHelpCalls();
  helpSettings.value = null;
  vi.unstubAllGlobals();
});

describe('the calls page', () => {
  it('resolves a call with a note, and it leaves the active list', async () => {
    const api = fakeApi({
      'GET /api/help/calls': () => ({ json: { calls: [] } }),
      'POST /api/help/calls/c1/resolve': (body) => ({
        json: call({ status: 'resolved', note: (body as { note: string }).note }),
      }),
    });
    applyCall(
      call({
        status: 'acknowledged',
        ackBy: { id: 's1', name: '王芳' },
        ackAt: '2026-11-25T02:00:30.000Z',
      }),
    );
    render(<CallsPage />);
    const card = within(document.querySelector('article.call-card') as HTMLElement);
    card.getByText(/王芳/);
    fireEvent.input(card.getByLabelText('大厅 1（一楼大厅） 的处理备注（可不填）'), {
      target: { value: '老人头晕，已扶到休息室' },
    });
    fireEvent.click(card.getByRole('button', { name: '处理完毕' }));
    await screen.findByText('现在没有未处理完的呼叫（紧急呼叫或呼叫工作人员）。');
    expect(api.find((r) => r.method === 'POST')).toEqual({
      method: 'POST',
      path: '/api/help/calls/c1/resolve',
      body: { note: '老人头晕，已扶到休息室' },
    });
    expect(activeCalls.value).toEqual({});
  });

  it('marks a false alarm only with a reason', async () => {
    const api = fakeApi({
      'GET /api/help/calls': () => ({ json: { calls: [] } }),
      'POST /api/help/calls/c1/false-alarm': () => ({
        json: call({ status: 'false-alarm', note: '碰到了' }),
      }),
    });
    applyCall(call());
    render(<CallsPage />);
    fireEvent.click(screen.getByRole('button', { name: '标记为误报' }));
    await screen.findByText('请写下为什么是误报，例如“老人不小心碰到”。');
    expect(api.filter((r) => r.method === 'POST')).toEqual([]);
    fireEvent.input(screen.getByLabelText('大厅 1（一楼大厅） 是误报的原因'), {
      target: { value: '碰到了' },
    });
    fireEvent.click(screen.getByRole('button', { name: '标记为误报' }));
    await screen.findByText('现在没有未处理完的呼叫（紧急呼叫或呼叫工作人员）。');
    expect(api.find((r) => r.method === 'POST')?.body).toEqual({ reason: '碰到了' });
  });

  it('says plainly that nobody outside the centre was called when no receiver is set', async () => {
    fakeApi({ 'GET /api/help/calls': () => ({ json: { calls: [] } }) });
    const at = '2026-11-25T02:01:01.000Z';
    applyCall(
      call({
        escalatedAt: at,
        version: 2,
        lastEscalation: { attempt: 1, at, outcome: 'not-configured', httpStatus: null },
      }),
    );
    render(<CallsPage />);
    const card = (await screen.findAllByRole('article'))[0] as HTMLElement;
    expect(card.querySelector('[data-escalation]')?.textContent).toBe(
      '没有设置值班电话通知：中心以外没有人被通知',
    );
  });

  it('shows an escalated call’s webhook attempts, and the history of the week', async () => {
    const api = fakeApi({
      'GET /api/help/calls': () => ({
        json: {
          calls: [
            call({
              id: 'old',
              status: 'resolved',
              ackBy: { id: 's1', name: '王芳' },
              ackAt: '2026-11-25T02:01:31.000Z',
              resolvedBy: { id: 's1', name: '王芳' },
              closedAt: '2026-11-25T02:20:00.000Z',
              note: '已送医',
            }),
          ],
        },
      }),
      'GET /api/help/calls/c1/escalations': () => ({
        json: {
          attempts: [
            {
              attempt: 1,
              at: '2026-11-25T02:01:01.000Z',
              outcome: 'unreachable',
              httpStatus: null,
            },
            { attempt: 2, at: '2026-11-25T02:01:03.000Z', outcome: 'http-error', httpStatus: 500 },
            { attempt: 3, at: '2026-11-25T02:01:18.000Z', outcome: 'timeout', httpStatus: null },
            { attempt: 4, at: '2026-11-25T02:02:03.000Z', outcome: 'delivered', httpStatus: 200 },
          ],
        },
      }),
    });
    applyCall(
      call({
        escalatedAt: '2026-11-25T02:01:01.000Z',
        version: 6,
        lastEscalation: {
          attempt: 4,
          at: '2026-11-25T02:02:03.000Z',
          outcome: 'delivered',
          httpStatus: 200,
        },
      }),
    );
    render(<CallsPage />);
    const history = await screen.findByText('已送医');
    const row = within(history.closest('tr') as HTMLElement);
    row.getByText('王芳（1 分 30 秒 后响应）');
    expect(api[0]?.path).toMatch(
      /^\/api\/help\/calls\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}$/,
    );

    // The card says where the escalation stands, as the latest try ended, and no more.
    const card = document.querySelector('article.call-card') as HTMLElement;
    expect(card.querySelector('[data-escalation]')?.textContent).toBe(
      '已送到值班电话系统（对方回复 200），不知道有没有人接听',
    );
    fireEvent.click(screen.getByRole('button', { name: '查看联系值班电话系统的记录' }));
    await screen.findByText('没有送到：连不上对方');
    const table = within(document.querySelector('table[data-table="escalations"]') as HTMLElement);
    table.getByText('没有送到：对方回复 500');
    table.getByText('没有送到：对方没有及时回复');
    table.getByText('已送到值班电话系统（对方回复 200），不知道有没有人接听');
    expect(document.body.textContent).not.toMatch(/已通知值班电话|对方回复 200$/);
  });
});

const report: HelpReport = {
  month: '2026-11',
  days: [
    { day: '2026-11-01', calls: 2, cancelledInWindow: 1, falseAlarms: 1, escalated: 0 },
    { day: '2026-11-02', calls: 1, cancelledInWindow: 0, falseAlarms: 0, escalated: 1 },
  ],
  acknowledge: { count: 3, medianSeconds: 42, p90Seconds: 75 },
  resolve: { count: 2, medianSeconds: 900, p90Seconds: null },
  requests: [
    { category: 'cleaning', status: 'done', count: 4 },
    { category: 'cleaning', status: 'new', count: 1 },
  ],
};

describe('the help report', () => {
  it('shows the month’s calls, response times with a chart, and requests by status', async () => {
    const api = fakeApi({ 'GET /api/help/report': () => ({ json: report }) });
    render(<HelpReportPage />);
    await screen.findByText('中位数 42 秒');
    expect(api[0]?.path).toMatch(/^\/api\/help\/report\?month=\d{4}-\d{2}$/);
    screen.getByText('90% 的呼叫在 1 分 15 秒 以内');
    screen.getByText('中位数 15 分 0 秒');
    const total = document.querySelector('[data-table="days"] tr[data-day="total"]');
    expect([...(total?.querySelectorAll('td') ?? [])].map((c) => c.textContent)).toEqual([
      '3',
      '1',
      '1',
      '1',
    ]);
    const cleaning = document.querySelector('[data-table="requests"] tr[data-category="cleaning"]');
    expect(cleaning?.querySelector('[data-status="done"]')?.textContent).toBe('4');
    expect(cleaning?.querySelector('[data-status="new"]')?.textContent).toBe('1');
    const bars = [...document.querySelectorAll('[data-bar]')].map((b) => [
      b.getAttribute('data-bar'),
      b.getAttribute('data-seconds'),
    ]);
    expect(bars).toEqual([
      ['acknowledge-median', '42'],
      ['acknowledge-p90', '75'],
      ['resolve-median', '900'],
      ['resolve-p90', ''],
    ]);
    const csv = screen.getByRole('link', { name: '导出 CSV' });
    expect(csv.getAttribute('href')).toMatch(/^\/api\/help\/report\.csv\?month=\d{4}-\d{2}$/);
  });
});
