/**
 * The service flow's rules without a screen: categories 6 to a screen at most (with "my requests"
 * and "more"), which question comes next for a category, who may stay anonymous, and a request's
 * status in words ("已安排，明天上午 李师傅 上门").
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../src/i18n';
import { nextStep } from '../../../src/kiosk/flows/help/draft';
import { categoryPages } from '../../../src/kiosk/flows/help/pages';
import { requestRows } from '../../../src/kiosk/flows/help/requests';
import { planWords, requestSummary, statusWords } from '../../../src/kiosk/flows/help/words';
import { MAX_CHOICES } from '../../../src/kiosk/ui/choice-grid/ChoiceGrid';
import type { HelpCategory } from '../../../src/shared/config/help';
import type { MemberRequest } from '../../../src/shared/help/changes';
import { demoConfig } from '../meals-flow/support';

const help = demoConfig().help as NonNullable<ReturnType<typeof demoConfig>['help']>;
const category = (id: string) => help.categories.find((c) => c.id === id) as HelpCategory;
const TODAY = '2026-11-25';

function request(change: Partial<MemberRequest>): MemberRequest {
  return {
    id: 'r1',
    category: 'cleaning',
    when: 'tomorrow',
    where: 'home',
    status: 'new',
    assignee: null,
    plan: null,
    createdAt: '2026-11-25T01:00:00.000Z',
    updatedAt: '2026-11-25T01:00:00.000Z',
    ...change,
  };
}

beforeEach(() => setLanguage('zh-Hans'));

describe('category screens', () => {
  it('shows every category once, never more than 6 choices, "my requests" first, "more" between', () => {
    for (let n = 1; n <= 12; n++) {
      const cats = Array.from({ length: n }, (_, i) => ({ ...category('cleaning'), id: `c${i}` }));
      const pages = categoryPages(cats);
      expect(pages.flatMap((p) => p.categories.map((c) => c.id))).toEqual(cats.map((c) => c.id));
      for (const [i, p] of pages.entries()) {
        expect(p.categories.length + (p.mine ? 1 : 0) + (p.more ? 1 : 0)).toBeLessThanOrEqual(
          MAX_CHOICES,
        );
        expect(p.mine).toBe(i === 0);
        expect(p.more).toBe(i < pages.length - 1);
      }
    }
  });

  it('puts the demo centre’s 10 categories on two screens', () => {
    const pages = categoryPages(help.categories);
    expect(pages.map((p) => p.categories.length)).toEqual([4, 6]);
  });
});

describe('next step', () => {
  it('asks only what the category asks, then who, then the check', () => {
    const cleaning = category('cleaning');
    expect(nextStep({ category: 'cleaning' }, cleaning, false)).toBe('help-when');
    expect(nextStep({ category: 'cleaning', when: 'today' }, cleaning, false)).toBe('help-where');
    expect(nextStep({ category: 'cleaning', when: 'today', where: 'home' }, cleaning, false)).toBe(
      'identify',
    );
    expect(nextStep({ category: 'cleaning', when: 'today', where: 'home' }, cleaning, true)).toBe(
      'help-confirm',
    );
    expect(nextStep({ category: 'medical-escort' }, category('medical-escort'), true)).toBe(
      'help-when',
    );
    expect(nextStep({ category: 'advice' }, category('advice'), false)).toBe('identify');
  });

  it('offers a complaint the choice of leaving a name', () => {
    const complaint = category('complaint');
    expect(nextStep({ category: 'complaint' }, complaint, false)).toBe('help-who');
    expect(nextStep({ category: 'complaint', anonymous: true }, complaint, false)).toBe(
      'help-confirm',
    );
    expect(nextStep({ category: 'complaint' }, complaint, true)).toBe('help-confirm');
  });
});

describe('request words', () => {
  it('says who comes when, from the assignee and the plan', () => {
    const planned = request({
      status: 'assigned',
      assignee: '李师傅',
      plan: { day: '2026-11-26', part: 'morning' },
    });
    expect(statusWords(planned, TODAY)).toBe('已安排，明天上午 李师傅 上门');
    expect(statusWords({ ...planned, where: 'here' }, TODAY)).toBe(
      '已安排，明天上午 李师傅 为您服务',
    );
    expect(statusWords({ ...planned, plan: null }, TODAY)).toBe(
      '已安排 李师傅 负责，时间会再告诉您',
    );
    expect(statusWords(request({ status: 'new' }), TODAY)).toBe('已收到，正在安排');
    expect(statusWords(request({ status: 'in-progress', assignee: '王芳' }), TODAY)).toBe(
      '王芳 正在办理',
    );
    expect(statusWords(request({ status: 'done' }), TODAY)).toBe('已经办好');
    expect(statusWords(request({ status: 'cancelled' }), TODAY)).toBe('已取消');
  });

  it('names the day of a plan relative to today', () => {
    expect(planWords({ day: TODAY, part: 'afternoon' }, TODAY)).toBe('今天下午');
    expect(planWords({ day: '2026-11-27', part: null }, TODAY)).toBe('后天');
    expect(planWords({ day: '2026-12-01', part: 'evening' }, TODAY)).toBe('12月1日晚上');
    setLanguage('en');
    expect(
      statusWords(
        request({
          status: 'assigned',
          assignee: 'Li',
          plan: { day: '2026-11-26', part: 'morning' },
        }),
        TODAY,
      ),
    ).toBe('Planned: tomorrow morning, Li will come to your home');
    setLanguage('zh-Hant');
    expect(planWords({ day: '2026-11-27', part: 'morning' }, TODAY)).toBe('後天上午');
  });

  it('sums a request up with the category’s name and answers', () => {
    expect(
      requestSummary(help.categories, { category: 'cleaning', when: 'tomorrow', where: 'home' }),
    ).toBe('助洁打扫：明天，到我家里');
    expect(requestSummary(help.categories, { category: 'advice', when: null, where: null })).toBe(
      '政策咨询',
    );
    expect(requestSummary(help.categories, { category: 'gone', when: null, where: null })).toBe(
      '一项服务',
    );
  });
});

describe('my requests rows', () => {
  it('lists refusals, requests not yet sent, then the server’s, marking a cancel on its way', () => {
    const rows = requestRows(
      { requests: [request({ id: 'r1' }), request({ id: 'r2', category: 'bathing' })] },
      [
        {
          id: 'r3',
          kind: 'service.request',
          payload: { memberId: 'm1', category: 'advice', when: null, where: null },
        },
        // Already on the server: not listed twice.
        {
          id: 'r2',
          kind: 'service.request',
          payload: { memberId: 'm1', category: 'bathing', when: 'today', where: 'home' },
        },
        { id: 'c1', kind: 'service.cancel', payload: { memberId: 'm1', requestId: 'r1' } },
      ],
      [
        {
          id: 'c0',
          kind: 'service.cancel',
          payload: { memberId: 'm1', requestId: 'r2' },
          result: {
            reason: {
              message: { 'zh-Hans': '已经开始了', 'zh-Hant': '已經開始了', en: 'started' },
            },
          },
        },
      ],
    );
    expect(rows.map((r) => r.source)).toEqual(['refused', 'outbox', 'server', 'server']);
    const refused = rows[0];
    expect(refused?.source === 'refused' && refused.category).toBe('bathing');
    const first = rows[2];
    expect(first?.source === 'server' && first.cancelPending).toBe(true);
    const second = rows[3];
    expect(second?.source === 'server' && second.cancelPending).toBe(false);
  });
});
