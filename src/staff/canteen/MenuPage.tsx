/** The canteen editor's first page (kitchen, admin): the set meals and the weekly menu. */
import { t } from '../../i18n';
import { GroupProblem } from '../settings/controls';
import { CanteenFrame } from './CanteenFrame';
import { MEALS } from './canteen-draft';
import { addMeal, MealCard, mealsList } from './MealCard';
import { WeekGrid } from './WeekGrid';

function Meals() {
  const list = mealsList();
  return (
    <section class="settings__group" aria-labelledby="meals-heading">
      <h2 id="meals-heading">{t('canteen.meals.title')}</h2>
      <p class="field__hint">{t('canteen.meals.hint')}</p>
      <GroupProblem file={MEALS} path={['meals']} />
      {list.map((_, i) => (
        <MealCard key={i} index={i} count={list.length} />
      ))}
      <button type="button" class="button" onClick={addMeal}>
        {t('canteen.meals.add')}
      </button>
    </section>
  );
}

export function MenuPage() {
  return (
    <CanteenFrame page="canteen-menu">
      {/* The grid takes the page's width: seven days side by side. */}
      <WeekGrid />
      <div class="form form--wide">
        <Meals />
      </div>
    </CanteenFrame>
  );
}
