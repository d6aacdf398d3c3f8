/** "要取消这一餐吗？": the booking in plain words, then big 是 / 不是; 是 saves a meal.cancel. */
import './meals.css';
import { t } from '../../../i18n';
import { KioskScreen } from '../../app/frame/KioskScreen';
import { back, rebase } from '../../app/router';
import { usePrompt } from '../../app/speech';
import { Confirm } from '../../ui';
import { type MealsContext, useMeals } from './context';
import { cancelling } from './draft';
import { MealsMissing } from './MealsMissing';
import { rowDetail, rowWhen } from './MyMealsScreen';
import { saveCancel } from './save';

export function MealsCancelScreen() {
  const ctx = useMeals();
  if ('missing' in ctx) return <MealsMissing missing={ctx.missing} />;
  return (
    <KioskScreen title={t('meals.cancel.title')}>
      {ctx.knowledge && <CancelBody ctx={ctx} />}
    </KioskScreen>
  );
}

function CancelBody({ ctx }: { ctx: MealsContext }) {
  const row = ctx.rows.find((r) => r.bookingId === cancelling.value);
  const when = row ? rowWhen(ctx, row) : '';
  const detail = row ? rowDetail(ctx, row) : '';
  usePrompt(row ? t('meals.cancel.spoken', { when, detail }) : t('meals.cancel.gone'));
  if (!row) return <p class="meals-hint">{t('meals.cancel.gone')}</p>;
  return (
    <Confirm
      question={t('meals.cancel.question')}
      summary={[
        { label: t('meals.confirm.when'), value: when },
        { label: t('meals.confirm.what'), value: detail },
      ]}
      yesLabel={t('meals.cancel.yes')}
      noLabel={t('meals.cancel.no')}
      onNo={back}
      onYes={() => {
        void saveCancel(ctx.member.id, row.bookingId);
        rebase(['meals', 'meals-mine', 'meals-saved']);
      }}
    />
  );
}
