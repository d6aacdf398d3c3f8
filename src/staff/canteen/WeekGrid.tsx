/**
 * The weekly menu: a grid of sittings × weekdays, each cell the meals served (1 to 4). "Change"
 * on a cell opens its meals below the grid as checkboxes; each change rebuilds meals.json's menu
 * entries (menu-grid.ts). A cell's problems are shown in it.
 */
import { useState } from 'preact/hooks';
import { runtimeKey, t, verbatim } from '../../i18n';
import { GroupProblem } from '../settings/controls';
import { draft, edit, problems } from '../settings/draft';
import { getAt, pathText } from '../settings/paths';
import { FieldSet } from '../ui/Field';
import { MEALS } from './canteen-draft';
import { mealsList, mealTitle } from './MealCard';
import { cellAt, menuCells, WEEKDAYS, withCell } from './menu-grid';

const MAX_PER_CELL = 4;

interface Sitting {
  id: string;
  name: string;
  days: number[];
}

function sittingsOf(meals: unknown): Sitting[] {
  const list = getAt(meals, ['sittings']);
  if (!Array.isArray(list)) return [];
  return list
    .map((s: { id?: unknown; name?: Record<string, unknown>; days?: unknown }) => ({
      id: typeof s?.id === 'string' ? s.id : '',
      name: mealTitle({ id: s?.id, ...(s?.name ? { name: s.name } : {}) }),
      days: Array.isArray(s?.days) ? (s.days as number[]) : [],
    }))
    .filter((s) => s.id !== '');
}

/** The problems of one menu entry (its meals, days or sitting), for the cells it covers. */
function entryProblems(entry: number): string[] {
  const at = pathText(['menu', entry]);
  return problems.value
    .filter((p) => p.file === MEALS && (p.path === at || p.path.startsWith(`${at}.`)))
    .map((p) => p.message);
}

export function WeekGrid() {
  const meals = draft.value[MEALS];
  const sittings = sittingsOf(meals);
  const menu = getAt(meals, ['menu']);
  const cells = menuCells(menu);
  const all = mealsList();
  const [open, setOpen] = useState<{ sitting: string; day: number } | null>(null);
  const nameOf = (id: string) => {
    const meal = all.find((m) => m.id === id);
    return meal ? mealTitle(meal) : verbatim(id);
  };
  const cellName = (sitting: Sitting, day: number) =>
    t('canteen.menu.cell', {
      day: t(runtimeKey(`settings.weekdays.${day}`)),
      sitting: sitting.name,
    });

  const openSitting = open ? sittings.find((s) => s.id === open.sitting) : undefined;
  const openMeals = open ? (cellAt(cells, open.sitting, open.day)?.meals ?? []) : [];
  const choose = (id: string, on: boolean) => {
    if (!open) return;
    const next = on ? [...openMeals, id] : openMeals.filter((m) => m !== id);
    edit(
      MEALS,
      ['menu'],
      withCell(
        menu,
        sittings.map((s) => s.id),
        open.sitting,
        open.day,
        next,
      ),
    );
  };

  return (
    <section class="settings__group" aria-labelledby="week-heading">
      <h2 id="week-heading">{t('canteen.menu.title')}</h2>
      <p class="field__hint">{t('canteen.menu.hint')}</p>
      <GroupProblem file={MEALS} path={['menu']} />
      <div class="table-wrap">
        <table class="table canteen__week" data-table="week">
          <caption class="visually-hidden">{t('canteen.menu.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('canteen.menu.sitting')}</th>
              {WEEKDAYS.map((d) => (
                <th key={d} scope="col">
                  {t(`settings.weekdays.${d}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sittings.map((s) => (
              <tr key={s.id}>
                <th scope="row">{s.name}</th>
                {WEEKDAYS.map((d) => {
                  const cell = cellAt(cells, s.id, d);
                  const served = s.days.includes(d);
                  const wrong = cell ? entryProblems(cell.entry) : [];
                  const isOpen = open?.sitting === s.id && open.day === d;
                  return (
                    <td
                      key={d}
                      data-cell={`${s.id}/${d}`}
                      class={`${wrong.length ? 'canteen__cell--invalid ' : ''}${isOpen ? 'canteen__cell--open' : ''}`}
                    >
                      {cell && cell.meals.length > 0 ? (
                        <ol class="canteen__cell-meals">
                          {cell.meals.map((id) => (
                            <li key={id}>{nameOf(id)}</li>
                          ))}
                        </ol>
                      ) : (
                        <p class="canteen__cell-empty">
                          {served ? t('canteen.menu.noMenu') : t('canteen.menu.notServed')}
                        </p>
                      )}
                      {wrong.map((message) => (
                        <p key={message} class="field__error">
                          {message}
                        </p>
                      ))}
                      {(served || cell) && (
                        <button
                          type="button"
                          class="button button--quiet"
                          aria-label={t('canteen.menu.changeCell', { cell: cellName(s, d) })}
                          aria-expanded={isOpen}
                          aria-controls="canteen-cell-editor"
                          onClick={() => setOpen(isOpen ? null : { sitting: s.id, day: d })}
                        >
                          {t('canteen.menu.change')}
                        </button>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div id="canteen-cell-editor">
        {open && openSitting && (
          <div class="canteen__cell-editor">
            <FieldSet
              legend={t('canteen.menu.cellMeals', { cell: cellName(openSitting, open.day) })}
            >
              {all.map((meal, i) => {
                const id = typeof meal.id === 'string' ? meal.id : '';
                const on = openMeals.includes(id);
                const box = `canteen-cell-${i}`;
                return (
                  <div key={box} class="check">
                    <input
                      id={box}
                      type="checkbox"
                      checked={on}
                      // A fifth meal cannot be chosen: the kiosk shows at most 4 big pictures.
                      disabled={!on && openMeals.length >= MAX_PER_CELL}
                      onChange={(e) => choose(id, (e.currentTarget as HTMLInputElement).checked)}
                    />
                    <label for={box}>{mealTitle(meal)}</label>
                  </div>
                );
              })}
            </FieldSet>
            <p class="field__hint">
              {openMeals.length >= MAX_PER_CELL
                ? t('canteen.menu.full', { max: MAX_PER_CELL })
                : openMeals.length === 0
                  ? t('canteen.menu.emptyMeans')
                  : t('canteen.menu.chosen', { count: openMeals.length, max: MAX_PER_CELL })}
            </p>
            <button type="button" class="button" onClick={() => setOpen(null)}>
              {t('canteen.menu.done')}
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
