/**
 * The weekly menu as staff see it — a grid of sittings × weekdays, each cell the meals served —
 * and as meals.json stores it: entries of { days, sitting, meals } that share one list of meals.
 * Editing a cell rebuilds the entries; a cell with no meals has no entry (nothing on the menu).
 */

export interface MenuEntry {
  days: number[];
  sitting: string;
  meals: string[];
}

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** One cell: its meals and which entry of the menu holds them (for that entry's problems). */
export interface MenuCell {
  meals: string[];
  entry: number;
}

const key = (sitting: string, day: number) => `${sitting}|${day}`;

/** The menu read as entries; anything that is not an entry is skipped (its problem is shown). */
export function menuEntries(menu: unknown): MenuEntry[] {
  if (!Array.isArray(menu)) return [];
  return menu.map((item) => {
    const entry = (item ?? {}) as Partial<Record<keyof MenuEntry, unknown>>;
    return {
      days: Array.isArray(entry.days) ? entry.days.filter((d) => typeof d === 'number') : [],
      sitting: typeof entry.sitting === 'string' ? entry.sitting : '',
      meals: Array.isArray(entry.meals) ? entry.meals.filter((m) => typeof m === 'string') : [],
    };
  });
}

/** Each (sitting, weekday) that has a menu; the first entry wins when two name the same day. */
export function menuCells(menu: unknown): Map<string, MenuCell> {
  const cells = new Map<string, MenuCell>();
  menuEntries(menu).forEach((entry, index) => {
    for (const day of entry.days)
      if (!cells.has(key(entry.sitting, day)))
        cells.set(key(entry.sitting, day), { meals: entry.meals, entry: index });
  });
  return cells;
}

export function cellAt(
  cells: Map<string, MenuCell>,
  sitting: string,
  day: number,
): MenuCell | undefined {
  return cells.get(key(sitting, day));
}

/**
 * The menu with one cell's meals replaced. Entries are rebuilt per sitting (in `sittings` order,
 * then any the menu names that `sittings` does not) with the days that share exactly the same
 * meals in one entry, ordered by their first day: Monday, Wednesday and Friday's lunch stay one
 * entry until one of them changes.
 */
export function withCell(
  menu: unknown,
  sittings: readonly string[],
  sitting: string,
  day: number,
  meals: readonly string[],
): MenuEntry[] {
  const cells = new Map<string, string[]>();
  for (const [k, cell] of menuCells(menu)) cells.set(k, cell.meals);
  if (meals.length === 0) cells.delete(key(sitting, day));
  else cells.set(key(sitting, day), [...meals]);
  const order = [...sittings];
  for (const entry of menuEntries(menu))
    if (!order.includes(entry.sitting)) order.push(entry.sitting);
  if (!order.includes(sitting)) order.push(sitting);
  const out: MenuEntry[] = [];
  for (const s of order) {
    const groups = new Map<string, MenuEntry>();
    for (const d of WEEKDAYS) {
      const list = cells.get(key(s, d));
      if (!list) continue;
      const id = JSON.stringify(list);
      const group = groups.get(id);
      if (group) group.days.push(d);
      else groups.set(id, { days: [d], sitting: s, meals: list });
    }
    out.push(...groups.values());
  }
  return out;
}

/** The menu without a meal (it was removed): cells left with no meal leave the menu. */
export function withoutMeal(menu: unknown, mealId: string): MenuEntry[] {
  return menuEntries(menu)
    .map((e) => ({ ...e, meals: e.meals.filter((m) => m !== mealId) }))
    .filter((e) => e.meals.length > 0);
}

/** The menu with a meal's id changed everywhere it is served. */
export function withMealRenamed(menu: unknown, from: string, to: string): MenuEntry[] {
  return menuEntries(menu).map((e) => ({
    ...e,
    meals: e.meals.map((m) => (m === from ? to : m)),
  }));
}

/** The menu without a sitting's entries (the sitting was removed). */
export function withoutSitting(menu: unknown, sitting: string): MenuEntry[] {
  return menuEntries(menu).filter((e) => e.sitting !== sitting);
}
