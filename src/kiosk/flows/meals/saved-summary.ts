/**
 * What the "saved" screen repeats about a booking: what, when, where, how much and how to pay
 * (the canteen's payment note, when meals.json has one), as lines to show and sentences to say.
 */
import { localText, t } from '../../../i18n';
import type { MealsConfig } from '../../../shared/config/meals';
import type { MealBookPayload } from '../../../shared/meals/index';
import { amountWords, mealName, sittingOf, whenWords, whereWords } from './words';

export interface SavedSummary {
  lines: { label: string; value: string }[];
  spoken: string;
}

/** The summary of `booked`; null when its sitting is no longer in the config. */
export function savedSummary(
  meals: MealsConfig,
  booked: MealBookPayload,
  today: string,
): SavedSummary | null {
  const sitting = sittingOf(meals, booked.sitting);
  if (!sitting) return null;
  const meal = mealName(meals, booked.mealId);
  const when = t('meals.confirm.whenValue', {
    when: whenWords(booked.day, sitting, today),
    from: sitting.serveFrom,
    until: sitting.serveUntil,
  });
  const where = whereWords(booked.delivery);
  const amount = amountWords(booked.quotedElderFen);
  const pay = meals.paymentNote ? localText(meals.paymentNote) : null;
  const lines = [
    { label: t('meals.confirm.what'), value: meal },
    { label: t('meals.confirm.when'), value: when },
    { label: t('meals.confirm.where'), value: where },
    ...(booked.companion
      ? [{ label: t('meals.confirm.forWhom'), value: t('meals.confirm.companion') }]
      : []),
    { label: t('meals.confirm.pay'), value: amount },
    ...(pay ? [{ label: t('meals.saved.howToPay'), value: pay }] : []),
  ];
  const spoken = t(pay ? 'meals.saved.summarySpokenPay' : 'meals.saved.summarySpoken', {
    when,
    meal,
    where,
    amount,
    pay: pay ?? '',
  });
  return { lines, spoken };
}
