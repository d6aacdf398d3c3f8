/**
 * "My meals": the member's bookings from today on — what the server last published plus this
 * kiosk's own not yet answered (等待确认) — each with 取消 while its sitting is before cut-off.
 */
import './meals.css';
import { t } from '../../../i18n';
import { beforeCutoff } from '../../../shared/meals/index';
import { KioskScreen } from '../../app/frame/KioskScreen';
import { navigate } from '../../app/router';
import { usePrompt, useSayChanges } from '../../app/speech';
import { BigButton, ScrollArea } from '../../ui';
import { RecordsNeedPin } from '../identify/RecordsNeedPin';
import type { BookingRow } from './bookings';
import { type MealsContext, useMeals } from './context';
import { cancelling, startDraft } from './draft';
import { MealsMissing } from './MealsMissing';
import { amountWords, clockWords, mealName, sittingOf, whenWords, whereWords } from './words';

/** Whether a booking can still be cancelled now (by its sitting's cut-off, as the server judges). */
export function cancellable(ctx: MealsContext, row: BookingRow): boolean {
  const sitting = sittingOf(ctx.meals, row.sitting);
  return (
    sitting !== undefined &&
    (row.state === 'booked' || row.state === 'waiting') &&
    beforeCutoff(sitting.cutoff, row.day, ctx.now, ctx.timeZone)
  );
}

/** "明天午餐" (or the sitting's id for one no longer in the config). */
export function rowWhen(ctx: MealsContext, row: BookingRow): string {
  const sitting = sittingOf(ctx.meals, row.sitting);
  return sitting ? whenWords(row.day, sitting, ctx.today) : t('meals.notice.aMeal');
}

/** One line about a booking: what, where, for whom, what it costs, how far it has got. */
export function rowDetail(ctx: MealsContext, row: BookingRow): string {
  return t(row.companion ? 'meals.mine.detailCompanion' : 'meals.mine.detail', {
    meal: mealName(ctx.meals, row.mealId),
    where: whereWords(row.delivery),
    amount: amountWords(row.elderFen),
  });
}

export function MyMealsScreen() {
  const ctx = useMeals();
  if ('missing' in ctx) return <MealsMissing missing={ctx.missing} />;
  if (!ctx.member.recordsAllowed)
    return <RecordsNeedPin title={t('meals.mine.title')} next="meals-mine" />;
  return (
    <KioskScreen title={t('meals.mine.title')}>
      {ctx.knowledge && <MineBody ctx={ctx} />}
    </KioskScreen>
  );
}

function MineBody({ ctx }: { ctx: MealsContext }) {
  const { rows } = ctx;
  const spokenRows = rows.map((r) => ({
    key: r.bookingId,
    words: t('meals.mine.spokenItem', {
      when: rowWhen(ctx, r),
      detail: rowDetail(ctx, r),
      state: t(`meals.mine.state.${r.state}`),
    }),
  }));
  usePrompt(
    rows.length === 0
      ? t('meals.mine.none')
      : [t('meals.mine.count', { count: rows.length }), ...spokenRows.map((r) => r.words)].join(
          ' ',
        ),
  );
  // A booking confirmed (等待确认 → 已订好) or cancelled while she looks is said, not only shown.
  useSayChanges(spokenRows);
  if (rows.length === 0)
    return (
      <div class="meals-empty">
        <p class="meals-hint">{t('meals.mine.none')}</p>
        <div class="action-row">
          <BigButton
            icon="meal"
            label={t('meals.start.book')}
            onPress={() => {
              startDraft(ctx.member.id, false);
              navigate('meals-day');
            }}
          />
        </div>
      </div>
    );
  return (
    <ScrollArea label={t('meals.mine.title')}>
      <ul class="meals-rows">
        {rows.map((r) => {
          const sitting = sittingOf(ctx.meals, r.sitting);
          const open = cancellable(ctx, r);
          return (
            <li key={r.bookingId} class={`meals-row meals-row--${r.state}`}>
              <div class="meals-row__text">
                <span class="meals-row__when">{rowWhen(ctx, r)}</span>
                <span class="meals-row__detail">{rowDetail(ctx, r)}</span>
                <span class="meals-row__state">{t(`meals.mine.state.${r.state}`)}</span>
                {!open && sitting && (r.state === 'booked' || r.state === 'waiting') && (
                  <span class="meals-row__note">
                    {t('meals.mine.tooLate', { time: clockWords(sitting.cutoff.time) })}
                  </span>
                )}
              </div>
              {open && (
                <BigButton
                  id={`meals-cancel:${r.bookingId}`}
                  icon="cross"
                  size="secondary"
                  variant="secondary"
                  label={t('meals.mine.cancel')}
                  ariaLabel={t('meals.mine.cancelAria', { when: rowWhen(ctx, r) })}
                  onPress={() => {
                    cancelling.value = r.bookingId;
                    navigate('meals-cancel');
                  }}
                />
              )}
            </li>
          );
        })}
      </ul>
    </ScrollArea>
  );
}
