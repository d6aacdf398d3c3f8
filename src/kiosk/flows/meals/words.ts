/** The meal screens' sentences: days, sittings, cut-offs, prices, flags, in the elder's language. */
import { HTML_LANG, language, localText, runtimeKey, t } from '../../../i18n';
import { addDays } from '../../../shared/centre/zoned';
import type { MealsConfig } from '../../../shared/config/meals';
import type { Meal, PriceBreakdown, Sitting } from '../../../shared/meals/index';
import { yuanShort } from '../../../shared/money';
import type { SittingOption } from './offer';

/** "11月26日" / "November 26": a calendar day without the year. */
export function dateWords(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(HTML_LANG[language.value], {
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(y, m - 1, d));
}

/** "星期一" / "Monday". */
function weekdayWords(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(HTML_LANG[language.value], {
    weekday: 'long',
    timeZone: 'UTC',
  }).format(Date.UTC(y, m - 1, d));
}

/** "12月8日 星期一" / "Monday, December 8": a day further off than tomorrow, with its weekday. */
export function dateWeekdayWords(day: string): string {
  return t('meals.day.date', { date: dateWords(day), weekday: weekdayWords(day) });
}

/** 今天 / 明天 / a date with its weekday, relative to `today`. */
export function dayWords(day: string, today: string): string {
  if (day === today) return t('meals.day.today');
  if (day === addDays(today, 1)) return t('meals.day.tomorrow');
  if (day === addDays(today, -1)) return t('meals.day.yesterday');
  return dateWeekdayWords(day);
}

/** "9:30" from "09:30": how a clock time is said. */
export function clockWords(time: string): string {
  return time.replace(/^0(\d)/, '$1');
}

/** "明天午餐" / "Tomorrow, lunch". */
export function whenWords(day: string, sitting: Sitting, today: string): string {
  return t('meals.when', { day: dayWords(day, today), sitting: localText(sitting.name) });
}

/** The sitting's name for an id in the config, or the id itself for one no longer listed. */
export function sittingOf(meals: MealsConfig, id: string): Sitting | undefined {
  return meals.sittings.find((s) => s.id === id);
}

/** Why a sitting can or cannot be chosen, in words ("今天的午餐 9:30 已截止"). */
export function sittingStateWords(option: SittingOption, today: string): string {
  const { cutoff } = option.sitting;
  const cutoffDay = addDays(option.day, cutoff.dayOffset);
  const which = { day: dayWords(option.day, today), sitting: localText(option.sitting.name) };
  const time = clockWords(cutoff.time);
  switch (option.state) {
    case 'closed':
      return cutoff.dayOffset === 0
        ? t('meals.sitting.closed', { ...which, time })
        : t('meals.sitting.closedEarlier', {
            ...which,
            cutoffDay: dayWords(cutoffDay, today),
            time,
          });
    case 'booked':
      return t('meals.sitting.booked', which);
    case 'no-menu':
      return t('meals.sitting.noMenu', which);
    case 'open':
      return t('meals.sitting.openUntil', { day: dayWords(cutoffDay, today), time });
  }
}

/** "您需要付 2.25 元" (or, when the centre still confirms the price, "最多付 …"). */
export function payWords(price: PriceBreakdown): string {
  const amount = yuanShort(price.elder);
  return price.basis === 'unconfirmed'
    ? t('meals.price.youPayAtMost', { amount })
    : t('meals.price.youPay', { amount });
}

/** "2.25 元" for the confirm screen's price line (or "最多 2.25 元" while unconfirmed). */
export function priceWords(price: PriceBreakdown): string {
  return price.basis === 'unconfirmed'
    ? t('meals.price.atMost', { amount: yuanShort(price.elder) })
    : amountWords(price.elder);
}

/** "2.25 元". */
export function amountWords(fen: number): string {
  return t('meals.price.amount', { amount: yuanShort(fen) });
}

/** The breakdown, one line each: 原价, then who covers what, then what the elder pays. */
export function breakdownLines(price: PriceBreakdown): { label: string; value: string }[] {
  const lines = [{ label: t('meals.price.base'), value: amountWords(price.base) }];
  const part = (fen: number, key: string) => {
    if (fen > 0)
      lines.push({
        label: t(runtimeKey(key)),
        value: t('meals.price.minus', { amount: yuanShort(fen) }),
      });
  };
  part(price.government, 'meals.price.government');
  part(price.charity, 'meals.price.charity');
  part(price.operator, 'meals.price.operator');
  if (price.deliveryFee > 0)
    lines.push({
      label: t('meals.price.deliveryFee'),
      value: t('meals.price.plus', { amount: yuanShort(price.deliveryFee) }),
    });
  lines.push({ label: t('meals.price.elder'), value: amountWords(price.elder) });
  return lines;
}

/** The breakdown as sentences to speak ("原价 15 元。政府补贴 12 元。…"). */
export function breakdownSpoken(price: PriceBreakdown): string {
  const parts = [t('meals.price.spokenBase', { amount: yuanShort(price.base) })];
  const part = (fen: number, key: string) => {
    if (fen > 0) parts.push(t(runtimeKey(key), { amount: yuanShort(fen) }));
  };
  part(price.government, 'meals.price.spokenGovernment');
  part(price.charity, 'meals.price.spokenCharity');
  part(price.operator, 'meals.price.spokenOperator');
  part(price.deliveryFee, 'meals.price.spokenDelivery');
  parts.push(t('meals.price.spokenElder', { amount: yuanShort(price.elder) }));
  parts.push(t(`meals.price.basis.${price.basis}`));
  return parts.join(' ');
}

/** The meal's name for an id in the config, or a general word for one no longer listed. */
export function mealName(meals: MealsConfig, id: string): string {
  const meal = meals.meals.find((m) => m.id === id);
  return meal ? localText(meal.name) : t('meals.meal.unknown');
}

/** The flags of a meal, in the config's order: what the cards show as icon + words. */
export function flagWords(meal: Meal): string[] {
  return meal.flags.map((f) => t(`meals.flag.${f}`));
}

/** "堂食" or "送到家" (and "家人" for a companion's meal). */
export function whereWords(delivery: boolean): string {
  return delivery ? t('meals.where.delivery') : t('meals.where.here');
}
