/**
 * Which meal: the sitting's set meals as big cards — the meal's photo (or, without one or when
 * it cannot be loaded, a clear drawing for the kind of meal: never a broken image), the name,
 * what is in it, what it suits (icon + words) and what it contains that some must not eat, in
 * words. The names are spoken.
 */
import './meals.css';
import { useState } from 'preact/hooks';
import { localText, t } from '../../../i18n';
import { photoUrl } from '../../../shared/config/photos';
import { type Meal, menuFor } from '../../../shared/meals/index';
import { KioskScreen } from '../../app/frame/KioskScreen';
import { navigate } from '../../app/router';
import { usePrompt } from '../../app/speech';
import { Icon, type IconName, ScrollArea, usePress } from '../../ui';
import { type MealsContext, useMeals } from './context';
import { draft, updateDraft } from './draft';
import { MealsMissing } from './MealsMissing';
import { deliveryOpen } from './offer';
import { whenWords } from './words';

/** The drawing for each flag, beside its words. */
export const FLAG_ICONS: Record<Meal['flags'][number], IconName> = {
  soft: 'soft',
  'low-salt': 'salt',
  'low-sugar': 'sugar',
  vegetarian: 'leaf',
};

/** The big drawing of a meal: its most telling kind, else a bowl. */
export function mealArt(meal: Meal): IconName {
  if (meal.flags.includes('vegetarian')) return 'leaf';
  if (meal.flags.includes('soft')) return 'soft';
  return 'meal';
}

export function MealsMenuScreen() {
  const ctx = useMeals();
  if ('missing' in ctx) return <MealsMissing missing={ctx.missing} />;
  const d = draft.value;
  const sitting = ctx.meals.sittings.find((s) => s.id === d?.sitting);
  if (!d?.day || !sitting) return <MealsMissing missing="member" />;
  const when = whenWords(d.day, sitting, ctx.today);
  return (
    <KioskScreen title={t('meals.menu.title', { when })}>
      <MenuBody
        ctx={ctx}
        day={d.day}
        sittingId={sitting.id}
        title={t('meals.menu.title', { when })}
      />
    </KioskScreen>
  );
}

function MenuBody(props: { ctx: MealsContext; day: string; sittingId: string; title: string }) {
  const { ctx, day, sittingId, title } = props;
  const meals = menuFor(ctx.meals, day, sittingId);
  usePrompt(
    [
      title,
      ...meals.map((m, i) =>
        t('meals.menu.spokenItem', {
          n: i + 1,
          name: localText(m.name),
          description: localText(m.description),
        }),
      ),
    ].join(' '),
  );
  const choose = (meal: Meal) => {
    updateDraft({ mealId: meal.id });
    // Delivery is a question only where the canteen delivers; else the meal is eaten here.
    if (ctx.meals.delivery.enabled) navigate('meals-where');
    else {
      updateDraft({ delivery: false });
      navigate('meals-confirm');
    }
  };
  // Said even when delivery has closed for the day, so the elder knows before choosing.
  const deliveryClosed =
    ctx.meals.delivery.enabled && !deliveryOpen(ctx.meals, day, ctx.now, ctx.timeZone);
  return (
    <ScrollArea label={title}>
      <ul class="meal-cards" data-count={meals.length}>
        {meals.map((m) => (
          <li key={m.id}>
            <MealCard meal={m} onChoose={() => choose(m)} />
          </li>
        ))}
      </ul>
      {deliveryClosed && <p class="meals-hint">{t('meals.menu.deliveryClosed')}</p>}
    </ScrollArea>
  );
}

function MealCard({ meal, onChoose }: { meal: Meal; onChoose: () => void }) {
  const press = usePress(onChoose, { id: `meal:${meal.id}` });
  return (
    <button type="button" class="meal-card" {...press}>
      <MealPicture meal={meal} />
      <span class="meal-card__text">
        <span class="meal-card__name">{localText(meal.name)}</span>
        <span class="meal-card__description">{localText(meal.description)}</span>
        {meal.flags.length > 0 && (
          <span class="meal-card__flags">
            {meal.flags.map((f) => (
              <span key={f} class="meal-flag">
                <Icon name={FLAG_ICONS[f]} />
                {t(`meals.flag.${f}`)}
              </span>
            ))}
          </span>
        )}
        {meal.allergens.length > 0 && (
          <span class="meal-card__allergens">
            <Icon name="warning" />
            {t('meals.meal.contains')}
            {meal.allergens.map((a) => (
              <span key={a} class="meal-allergen">
                {t(`meals.allergen.${a}`)}
              </span>
            ))}
          </span>
        )}
      </span>
    </button>
  );
}

/**
 * The meal's photo; its drawing when it has none or the photo fails (a kiosk that has never
 * seen it, offline). The photo is decoration beside the spoken, written name, so it has no alt.
 */
function MealPicture({ meal }: { meal: Meal }) {
  const [failed, setFailed] = useState(false);
  if (meal.photo && !failed)
    return (
      <img
        class="meal-card__photo"
        src={photoUrl(meal.photo)}
        alt=""
        decoding="async"
        onError={() => setFailed(true)}
      />
    );
  return (
    <span class="meal-card__art">
      <Icon name={mealArt(meal)} />
    </span>
  );
}
