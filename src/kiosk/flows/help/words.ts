/** The help screens' sentences: when, where, a request's status and plan, in the elder's language. */
import { HTML_LANG, language, localText, t } from '../../../i18n';
import { addDays } from '../../../shared/centre/zoned';
import type { HelpCategory } from '../../../shared/config/help';
import type { MemberRequest, ServicePlan } from '../../../shared/help/changes';
import type { HelpWhen, HelpWhere } from '../../../shared/help/kinds';

export function whenWords(when: HelpWhen): string {
  return t(`help.when.${when}`);
}

export function whereWords(where: HelpWhere): string {
  return t(`help.where.${where}`);
}

/** The category's name, or a plain "a service" for one the centre no longer lists. */
export function categoryName(categories: readonly HelpCategory[], id: string): string {
  const found = categories.find((c) => c.id === id);
  return found ? localText(found.label) : t('help.mine.otherService');
}

/** "11月28日" / "28 November": a calendar day without the year. */
function dateWords(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(HTML_LANG[language.value], {
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(y, m - 1, d));
}

/** "明天上午" / "tomorrow morning": the day relative to `today`, and the part of it if planned. */
export function planWords(plan: ServicePlan, today: string): string {
  const day =
    plan.day === today
      ? t('help.plan.today')
      : plan.day === addDays(today, 1)
        ? t('help.plan.tomorrow')
        : plan.day === addDays(today, 2)
          ? t('help.plan.dayAfter')
          : t('help.plan.date', { date: dateWords(plan.day) });
  return plan.part ? t('help.plan.withPart', { day, part: t(`help.plan.${plan.part}`) }) : day;
}

/** Where a request stands, in one sentence: "已安排，明天上午 李师傅 上门". */
export function statusWords(request: MemberRequest, today: string): string {
  switch (request.status) {
    case 'new':
      return t('help.status.new');
    case 'assigned': {
      const who = request.assignee;
      const come = request.where === 'home' ? t('help.status.comeHome') : t('help.status.comeHere');
      if (who && request.plan)
        return t('help.status.assignedPlan', { when: planWords(request.plan, today), who, come });
      if (who) return t('help.status.assignedWho', { who });
      if (request.plan)
        return t('help.status.assignedWhen', { when: planWords(request.plan, today) });
      return t('help.status.assigned');
    }
    case 'in-progress':
      return request.assignee
        ? t('help.status.inProgressWho', { who: request.assignee })
        : t('help.status.inProgress');
    case 'done':
      return t('help.status.done');
    case 'cancelled':
      return t('help.status.cancelled');
  }
}

/** "助洁打扫：明天，到家里": the request in words, for lists and the check before sending. */
export function requestSummary(
  categories: readonly HelpCategory[],
  request: { category: string; when: HelpWhen | null; where: HelpWhere | null },
): string {
  const parts = [
    request.when ? whenWords(request.when) : null,
    request.where ? whereWords(request.where) : null,
  ].filter((p): p is string => p !== null);
  const what = categoryName(categories, request.category);
  return parts.length > 0
    ? t('help.summary', { what, details: parts.join(t('help.comma')) })
    : what;
}
