/**
 * The audit log in words (issue #10 item 8): what was acted on and each detail read in the
 * console's language, never an id or JSON; the filter offers the help actions too.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../src/i18n';
import '../../../src/i18n/console-strings';
import type { AuditEntry } from '../../../src/shared/audit/api';
import {
  AUDIT_ACTIONS,
  actionWords,
  detailWords,
  subjectWords,
} from '../../../src/staff/pages/audit-words';

const entry = (over: Partial<AuditEntry>): AuditEntry => ({
  id: '0193c0de-0000-7000-8000-000000000001',
  at: '2026-12-05T02:00:00.000Z',
  actor: { id: 'a1', label: 'wangfang' },
  action: 'staff.role_changed',
  subject: { type: 'staff_account', id: '0193c0de-0000-7000-8000-0000000000aa' },
  details: { username: 'lishi', from: 'staff', to: 'kitchen' },
  ...over,
});

afterEach(() => setLanguage('zh-Hans'));

describe('an audit entry in words', () => {
  it('names the subject and reads a role change as roles, with no id', () => {
    const e = entry({});
    expect(actionWords(e.action)).toBe('改角色');
    expect(subjectWords(e)).toBe('员工账号：lishi');
    expect(detailWords(e)).toEqual(['原来：工作人员', '改成：厨房']);
    expect([subjectWords(e), ...detailWords(e)].join(' ')).not.toContain('0193');
  });

  it('reads a service request’s status change and a member’s creation', () => {
    const request = entry({
      action: 'help.status_changed',
      subject: { type: 'service_request', id: 'r1' },
      details: { from: 'assigned', to: 'done' },
    });
    expect(actionWords(request.action)).toBe('改服务请求状态');
    expect(subjectWords(request)).toBe('服务请求');
    expect(detailWords(request)).toEqual(['原来：已安排', '改成：已完成']);
    const member = entry({
      action: 'member.created',
      subject: { type: 'member', id: 'm1' },
      details: { cardNumber: '10003', name: '张桂兰', hasPin: true, source: 'console' },
    });
    expect(subjectWords(member)).toBe('会员：张桂兰');
    expect(detailWords(member)).toEqual(['卡号：10003', '有密码：是', '来源：员工后台']);
  });

  it('reads an export’s filter, in English too', () => {
    const exported = entry({
      action: 'data.exported',
      subject: { type: 'export', id: '/members' },
      details: { filter: { format: 'csv', q: '李' } },
    });
    setLanguage('en');
    expect(actionWords(exported.action)).toBe('CSV exported');
    expect(subjectWords(exported)).toBe('Exported list: /members');
    expect(detailWords(exported)).toEqual(['Filter: format: csv；q: 李']);
  });

  it('offers every help action in the filter, each with words', () => {
    const help = AUDIT_ACTIONS.filter((a) => a.startsWith('help.'));
    expect(help).toEqual([
      'help.acknowledged',
      'help.resolved',
      'help.false_alarm',
      'help.escalated',
      'help.assigned',
      'help.status_changed',
      'help.noted',
    ]);
    for (const action of AUDIT_ACTIONS) expect(actionWords(action)).not.toBe(action);
  });
});
