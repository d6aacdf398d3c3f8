/**
 * The check before anything is saved: what, when, where (and for whom), and "您需要付 X 元" by
 * the shared price rule with what this kiosk knows; how that price is made up is one tap away.
 * 是 writes the booking to the outbox (with the price shown) and only then says anything.
 */
import '../../ui/confirm/confirm.css';
import './meals.css';
import { localText, t } from '../../../i18n';
import type { MealBookPayload } from '../../../shared/meals/index';
import { menuFor } from '../../../shared/meals/index';
import { KioskScreen } from '../../app/frame/KioskScreen';
import { back, navigate, rebase } from '../../app/router';
import { usePrompt } from '../../app/speech';
import { BigButton, ScrollArea, usePortrait } from '../../ui';
import { quote } from './bookings';
import { type MealsContext, useMeals } from './context';
import { draft } from './draft';
import { MealsMissing } from './MealsMissing';
import { saveBooking } from './save';
import { payWords, priceWords, whenWords, whereWords } from './words';

/** The draft, complete, as the entry to save; null when a step is missing. */
export function bookingFrom(ctx: MealsContext) {
  const d = draft.value;
  if (!d?.day || !d.sitting || !d.mealId || d.delivery === undefined) return null;
  const sitting = ctx.meals.sittings.find((s) => s.id === d.sitting);
  const meal = menuFor(ctx.meals, d.day, d.sitting).find((m) => m.id === d.mealId);
  if (!sitting || !meal) return null;
  const price = quote(ctx.table, ctx.tiers, ctx.rows, {
    day: d.day,
    delivery: d.delivery,
    companion: d.companion,
  });
  const payload: MealBookPayload = {
    memberId: ctx.member.id,
    day: d.day,
    sitting: d.sitting,
    mealId: d.mealId,
    delivery: d.delivery,
    companion: d.companion,
    quotedElderFen: price.elder,
  };
  return { payload, sitting, meal, price };
}

export function MealsConfirmScreen() {
  const ctx = useMeals();
  if ('missing' in ctx) return <MealsMissing missing={ctx.missing} />;
  const title = t('meals.confirm.title');
  return <KioskScreen title={title}>{ctx.knowledge && <ConfirmBody ctx={ctx} />}</KioskScreen>;
}

function ConfirmBody({ ctx }: { ctx: MealsContext }) {
  const booking = bookingFrom(ctx);
  const portrait = usePortrait();
  const when = booking
    ? t('meals.confirm.whenValue', {
        when: whenWords(booking.payload.day, booking.sitting, ctx.today),
        from: booking.sitting.serveFrom,
        until: booking.sitting.serveUntil,
      })
    : '';
  const meal = booking ? localText(booking.meal.name) : '';
  const where = booking ? whereWords(booking.payload.delivery) : '';
  usePrompt(
    booking
      ? t(booking.payload.companion ? 'meals.confirm.spokenCompanion' : 'meals.confirm.spoken', {
          when,
          meal,
          where,
          pay: payWords(booking.price),
        })
      : t('meals.confirm.incomplete'),
  );
  if (!booking) return <p class="meals-hint">{t('meals.confirm.incomplete')}</p>;
  const howPrice = (
    <BigButton
      icon="coins"
      size="secondary"
      variant="secondary"
      label={t('meals.confirm.howPrice')}
      onPress={() => navigate('meals-price')}
    />
  );
  const rows = [
    { label: t('meals.confirm.what'), value: meal },
    { label: t('meals.confirm.when'), value: when },
    { label: t('meals.confirm.where'), value: where },
    ...(booking.payload.companion
      ? [{ label: t('meals.confirm.forWhom'), value: t('meals.confirm.companion') }]
      : []),
  ];
  return (
    <section class="confirm meals-confirm" aria-labelledby="meals-confirm-q">
      <h2 class="confirm__question" id="meals-confirm-q">
        {t('meals.confirm.question')}
      </h2>
      <ScrollArea label={t('meals.confirm.summary')}>
        <dl class="confirm__summary">
          {rows.map((r) => (
            <div class="confirm__row" key={r.label}>
              <dt class="confirm__label">{r.label}</dt>
              <dd class="confirm__value">{r.value}</dd>
            </div>
          ))}
          <div class="confirm__row meals-confirm__pay">
            <dt class="confirm__label">{t('meals.confirm.pay')}</dt>
            <dd class="confirm__value">
              <span class="meals-confirm__amount">{priceWords(booking.price)}</span>
              {!portrait && howPrice}
            </dd>
          </div>
        </dl>
      </ScrollArea>
      {/* Portrait is narrow: beside the price the button wrapped to two lines and pushed the price
          out of view (English at 1.6×), so there it has a line of its own under the summary. */}
      {portrait && <div class="meals-confirm__explain">{howPrice}</div>}
      <div class="confirm__actions">
        <BigButton
          id="meals-confirm:no"
          icon="cross"
          variant="secondary"
          label={t('meals.confirm.no')}
          onPress={back}
        />
        <BigButton
          id="meals-confirm:yes"
          icon="check"
          label={t('meals.confirm.yes')}
          onPress={() => {
            void saveBooking(booking.payload);
            // The saved screen says what is true as the save goes on; Back from it is the start.
            rebase(['meals', 'meals-saved']);
          }}
        />
      </div>
    </section>
  );
}
