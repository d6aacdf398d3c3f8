/** How the price is made up: the full price, who covers what, and what the elder pays, and why. */
import '../../ui/confirm/confirm.css';
import './meals.css';
import { t } from '../../../i18n';
import { KioskScreen } from '../../app/frame/KioskScreen';
import { back } from '../../app/router';
import { usePrompt } from '../../app/speech';
import { BigButton, ScrollArea } from '../../ui';
import { type MealsContext, useMeals } from './context';
import { bookingFrom } from './MealsConfirmScreen';
import { MealsMissing } from './MealsMissing';
import { breakdownLines, breakdownSpoken } from './words';

export function MealsPriceScreen() {
  const ctx = useMeals();
  if ('missing' in ctx) return <MealsMissing missing={ctx.missing} />;
  return (
    <KioskScreen title={t('meals.price.title')}>
      {ctx.knowledge && <PriceBody ctx={ctx} />}
    </KioskScreen>
  );
}

function PriceBody({ ctx }: { ctx: MealsContext }) {
  const booking = bookingFrom(ctx);
  usePrompt(booking ? breakdownSpoken(booking.price) : t('meals.confirm.incomplete'));
  if (!booking) return <p class="meals-hint">{t('meals.confirm.incomplete')}</p>;
  return (
    <section class="meals-price">
      <ScrollArea label={t('meals.price.title')}>
        <dl class="confirm__summary">
          {breakdownLines(booking.price).map((line) => (
            <div class="confirm__row" key={line.label}>
              <dt class="confirm__label">{line.label}</dt>
              <dd class="confirm__value">{line.value}</dd>
            </div>
          ))}
        </dl>
        <p class="meals-price__basis">{t(`meals.price.basis.${booking.price.basis}`)}</p>
      </ScrollArea>
      <div class="action-row">
        <BigButton icon="back" label={t('meals.price.back')} onPress={back} />
      </div>
    </section>
  );
}
