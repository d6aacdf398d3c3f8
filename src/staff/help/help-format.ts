/** Help calls and requests in words: durations, where a kiosk is, who a member is, a plan. */
import { t, verbatim } from '../../i18n';
import type {
  EscalationAttemptView,
  HelpCallView,
  HelpMemberView,
  ServiceRequestView,
} from '../../shared/help/api-types';
import type { ServicePlan } from '../../shared/help/changes';

/** A call counts as late (said on the alert) when it reached the server this long after the press. */
export const LATE_AFTER_SECONDS = 10;

/** "42 秒", "3 分 5 秒", "2 小时 10 分" (whole seconds). */
export function duration(totalSeconds: number): string {
  const s = Math.max(0, Math.round(totalSeconds));
  if (s < 60) return t('helpdesk.duration.seconds', { count: s });
  const minutes = Math.floor(s / 60);
  if (minutes < 60) return t('helpdesk.duration.minutes', { minutes, seconds: s % 60 });
  return t('helpdesk.duration.hours', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}

/** "大厅 1 · 一楼大厅": the kiosk's name and where it stands, or its id when it has neither. */
export function kioskPlace(call: Pick<HelpCallView, 'kioskId' | 'kioskName' | 'kioskLocation'>) {
  const name = verbatim(call.kioskName ?? call.kioskId);
  return call.kioskLocation
    ? t('helpdesk.kioskAt', { kiosk: name, location: verbatim(call.kioskLocation) })
    : name;
}

/**
 * The member's name, or that nobody identified at the kiosk; `checked` false (a call whose kiosk
 * named the member without a valid proof of their card) says the name is not checked.
 */
export function memberName(member: HelpMemberView | null, checked = true): string {
  if (!member) return t('helpdesk.member.unknown');
  return checked
    ? verbatim(member.name)
    : t('helpdesk.member.notChecked', { name: verbatim(member.name) });
}

/** "张明（侄子） 137 0000 1003", or that none is on file. */
export function emergencyContact(member: HelpMemberView): string {
  if (!member.emergencyName && !member.emergencyPhone) return t('helpdesk.member.noEmergency');
  const name = verbatim(member.emergencyName ?? '');
  const phone = verbatim(member.emergencyPhone ?? '');
  return member.emergencyRelation
    ? t('helpdesk.member.emergencyLine', {
        name,
        relation: verbatim(member.emergencyRelation),
        phone,
      })
    : t('helpdesk.member.emergencyLinePlain', { name, phone });
}

/** "2026-11-26 上午", or the day alone when no part of the day was planned. */
export function planText(plan: ServicePlan | null): string {
  if (!plan) return t('helpdesk.requests.noPlan');
  return plan.part
    ? t('helpdesk.requests.planDayPart', {
        day: verbatim(plan.day),
        part: t(`helpdesk.parts.${plan.part}`),
      })
    : verbatim(plan.day);
}

/** "HH:MM:SS" of an ISO time, in this PC's zone (the alert's "pressed at"). */
export function clockTime(iso: string): string {
  const d = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return verbatim(`${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`);
}

/** The route's tail for one member's history: "member/<id>". */
export const MEMBER_PREFIX = 'member/';

export function memberHistoryRest(memberId: string): string {
  return `${MEMBER_PREFIX}${memberId}`;
}

/** "明天 · 上门" from what the elder chose at the kiosk (or nothing when it asked neither). */
export function askedText(r: Pick<ServiceRequestView, 'when' | 'where'>): string {
  const parts = [
    r.when ? t(`helpdesk.when.${r.when}`) : null,
    r.where ? t(`helpdesk.where.${r.where}`) : null,
  ].filter((p): p is string => p !== null);
  if (parts.length === 2)
    return t('helpdesk.requests.whenWhere', { when: parts[0], where: parts[1] });
  return parts[0] ?? t('helpdesk.none');
}

/** An axis label: "30 秒", "5 分", "2 小时" (a round number of the largest unit). */
export function shortDuration(seconds: number): string {
  if (seconds < 60) return t('helpdesk.duration.secondsShort', { count: seconds });
  if (seconds < 3600) return t('helpdesk.duration.minutesShort', { count: seconds / 60 });
  return t('helpdesk.duration.hoursShort', { count: seconds / 3600 });
}

/**
 * Where the escalation stands, for the alert: exactly what the latest try came to (null: none
 * recorded yet), and never that a person has answered the duty phone.
 */
export function escalationAlert(last: EscalationAttemptView | null): string {
  if (!last) return t('helpdesk.alert.escalation.trying');
  return t(`helpdesk.alert.escalation.${last.outcome}`, {
    status: verbatim(String(last.httpStatus ?? '')),
    attempt: last.attempt,
  });
}

/** One try's result in a few words, for the call card and the list of tries. */
export function escalationOutcome(last: EscalationAttemptView | null): string {
  if (!last) return t('helpdesk.calls.outcome.trying');
  return t(`helpdesk.calls.outcome.${last.outcome}`, {
    status: verbatim(String(last.httpStatus ?? '')),
  });
}
