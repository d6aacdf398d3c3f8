/**
 * Eat here or have it delivered. Delivery needs the centre to hold the member's address, which the
 * kiosk does not keep: it is offered where the canteen delivers, saying so, and the server checks.
 */
import './meals.css';
import { t } from '../../../i18n';
import { beforeCutoff } from '../../../shared/meals/index';
import { yuanShort } from '../../../shared/money';
import { KioskScreen } from '../../app/frame/KioskScreen';
import { navigate } from '../../app/router';
import { usePrompt } from '../../app/speech';
import { BigButton } from '../../ui';
import { useMeals } from './context';
import { draft, updateDraft } from './draft';
import { MealsMissing } from './MealsMissing';
import { clockWords, dayWords } from './words';

export function MealsWhereScreen() {
  const ctx = useMeals();
  if ('missing' in ctx) return <MealsMissing missing={ctx.missing} />;
  const day = draft.value?.day;
  if (!day) return <MealsMissing missing="member" />;
  const { delivery } = ctx.meals;
  const open = delivery.enabled && beforeCutoff(delivery.cutoff, day, ctx.now, ctx.timeZone);
  const fee =
    delivery.feeFen > 0 ? t('meals.where.fee', { amount: yuanShort(delivery.feeFen) }) : '';
  const deliveryWords = open
    ? t('meals.where.deliveryDetail', { fee })
    : t('meals.where.deliveryClosed', {
        day: dayWords(day, ctx.today),
        time: clockWords(delivery.cutoff.time),
      });
  return <WhereBody open={open} deliveryWords={deliveryWords} />;
}

function WhereBody({ open, deliveryWords }: { open: boolean; deliveryWords: string }) {
  const title = t('meals.where.title');
  usePrompt([title, t('meals.where.hereDetail'), deliveryWords].join(' '));
  const choose = (delivery: boolean) => {
    updateDraft({ delivery });
    navigate('meals-confirm');
  };
  return (
    <KioskScreen title={title}>
      <div class="meals-where">
        <BigButton
          icon="meal"
          label={t('meals.where.here')}
          sublabel={t('meals.where.hereDetail')}
          onPress={() => choose(false)}
        />
        <BigButton
          icon="delivery"
          label={t('meals.where.delivery')}
          sublabel={deliveryWords}
          variant={open ? 'primary' : 'secondary'}
          disabled={!open}
          onPress={() => choose(true)}
        />
      </div>
    </KioskScreen>
  );
}
