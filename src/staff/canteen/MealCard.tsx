/** One set meal: its id, names and descriptions in three languages, flags, allergens, seats, photo. */
import { language, t, verbatim } from '../../i18n';
import { ALLERGENS, MEAL_FLAGS } from '../../shared/config/meals';
import { ItemButtons } from '../settings/controls';
import { draft, edit } from '../settings/draft';
import { LocalTextSetting } from '../settings/LocalTextField';
import { getAt, moved } from '../settings/paths';
import { messageAt } from '../settings/problems';
import { TextField } from '../ui/Field';
import { MEALS } from './canteen-draft';
import { ChoicesSetting, OptionalNumberSetting } from './controls';
import { withMealRenamed, withoutMeal } from './menu-grid';
import { PhotoPicker } from './PhotoPicker';

type Meal = { id?: unknown; name?: Record<string, unknown> };

const mealsList = (): Meal[] => {
  const list = getAt(draft.value[MEALS], ['meals']);
  return Array.isArray(list) ? (list as Meal[]) : [];
};

/** A meal's name in the console's language, else its id, for headings and button labels. */
export function mealTitle(meal: Meal | undefined): string {
  const name = meal?.name?.[language.value];
  if (typeof name === 'string' && name.trim() !== '') return verbatim(name);
  return verbatim(typeof meal?.id === 'string' ? meal.id : '');
}

/** A new id typed: the menu follows, unless another meal has (or had) the same id. */
function rename(index: number, text: string): void {
  const list = mealsList();
  const from = list[index]?.id;
  const shared = list.filter((m) => m.id === from).length > 1;
  edit(MEALS, ['meals', index, 'id'], text);
  if (typeof from === 'string' && from !== '' && !shared && !list.some((m) => m.id === text))
    edit(MEALS, ['menu'], withMealRenamed(getAt(draft.value[MEALS], ['menu']), from, text));
}

/** Removing a meal takes it off the menu too; a day left with no meal has no menu. */
function remove(index: number): void {
  const list = mealsList();
  const id = list[index]?.id;
  edit(MEALS, ['meals', index], undefined);
  if (typeof id === 'string' && !list.some((m, i) => i !== index && m.id === id))
    edit(MEALS, ['menu'], withoutMeal(getAt(draft.value[MEALS], ['menu']), id));
}

export function MealCard({ index, count }: { index: number; count: number }) {
  const path = ['meals', index] as const;
  const meal = mealsList()[index];
  const title = t('canteen.meals.nth', { n: index + 1, name: mealTitle(meal) });
  const id = getAt(draft.value[MEALS], [...path, 'id']);
  return (
    <fieldset class="fieldset settings__item canteen__meal" data-meal={String(id ?? '')}>
      <legend>{title}</legend>
      <TextField
        label={t('canteen.meals.id')}
        hint={t('canteen.meals.idHint')}
        error={messageAt(MEALS, [...path, 'id'])}
        value={typeof id === 'string' ? id : ''}
        onInput={(text) => rename(index, text)}
      />
      <LocalTextSetting file={MEALS} path={[...path, 'name']} label={t('canteen.meals.name')} />
      <LocalTextSetting
        file={MEALS}
        path={[...path, 'description']}
        label={t('canteen.meals.description')}
      />
      <ChoicesSetting
        path={[...path, 'flags']}
        label={t('canteen.meals.flags')}
        options={MEAL_FLAGS}
        labelOf={(f) => t(`canteen.flags.${f}`)}
      />
      <ChoicesSetting
        path={[...path, 'allergens']}
        label={t('canteen.meals.allergens')}
        options={ALLERGENS}
        labelOf={(a) => t(`canteen.allergens.${a}`)}
      />
      <OptionalNumberSetting
        path={[...path, 'capacity']}
        label={t('canteen.meals.capacity')}
        hint={t('canteen.meals.capacityHint')}
      />
      <PhotoPicker path={[...path, 'photo']} mealName={mealTitle(meal)} />
      <ItemButtons
        name={title}
        index={index}
        count={count}
        onMove={(by) => edit(MEALS, ['meals'], moved(mealsList(), index, by))}
        onRemove={() => remove(index)}
      />
    </fieldset>
  );
}

/** The next free id like "meal-5". */
export function newMealId(): string {
  const ids = new Set(mealsList().map((m) => m.id));
  let n = mealsList().length + 1;
  while (ids.has(`meal-${n}`)) n++;
  return `meal-${n}`;
}

export function addMeal(): void {
  const blank = { 'zh-Hans': '', 'zh-Hant': '', en: '' };
  edit(
    MEALS,
    ['meals'],
    [
      ...mealsList(),
      { id: newMealId(), name: blank, description: blank, flags: [], allergens: [] },
    ],
  );
}

export { mealsList };
