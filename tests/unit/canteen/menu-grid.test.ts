/** The weekly grid and meals.json's menu entries turn into each other without losing a day. */
import { describe, expect, it } from 'vitest';
import {
  cellAt,
  menuCells,
  withCell,
  withMealRenamed,
  withoutMeal,
} from '../../../src/staff/canteen/menu-grid';

const DEMO = [
  { days: [1, 3, 5], sitting: 'lunch', meals: ['braised-fish', 'steamed-egg', 'tofu-greens'] },
  { days: [2, 4, 6], sitting: 'lunch', meals: ['pork-noodles', 'steamed-egg', 'tofu-greens'] },
  { days: [1, 2, 3, 4, 5], sitting: 'dinner', meals: ['pork-noodles', 'steamed-egg'] },
];

describe('the weekly menu grid', () => {
  it('reads each (sitting, weekday) cell and the entry that holds it', () => {
    const cells = menuCells(DEMO);
    expect(cellAt(cells, 'lunch', 5)).toEqual({
      meals: ['braised-fish', 'steamed-egg', 'tofu-greens'],
      entry: 0,
    });
    expect(cellAt(cells, 'lunch', 4)?.entry).toBe(1);
    expect(cellAt(cells, 'dinner', 3)?.entry).toBe(2);
    expect(cellAt(cells, 'lunch', 7)).toBeUndefined();
    expect(cellAt(cells, 'dinner', 6)).toBeUndefined();
  });

  it('changes Friday’s lunch alone: Monday and Wednesday keep theirs in one entry', () => {
    const menu = withCell(DEMO, ['lunch', 'dinner'], 'lunch', 5, ['fish-soup', 'steamed-egg']);
    expect(menu).toEqual([
      { days: [1, 3], sitting: 'lunch', meals: ['braised-fish', 'steamed-egg', 'tofu-greens'] },
      { days: [2, 4, 6], sitting: 'lunch', meals: ['pork-noodles', 'steamed-egg', 'tofu-greens'] },
      { days: [5], sitting: 'lunch', meals: ['fish-soup', 'steamed-egg'] },
      { days: [1, 2, 3, 4, 5], sitting: 'dinner', meals: ['pork-noodles', 'steamed-egg'] },
    ]);
    // Every other cell is what it was.
    const before = menuCells(DEMO);
    const after = menuCells(menu);
    for (const sitting of ['lunch', 'dinner'])
      for (const day of [1, 2, 3, 4, 6, 7])
        expect(cellAt(after, sitting, day)?.meals).toEqual(cellAt(before, sitting, day)?.meals);
  });

  it('joins days that come to have the same meals, and drops a cell left with none', () => {
    const same = withCell(DEMO, ['lunch', 'dinner'], 'lunch', 6, [
      'braised-fish',
      'steamed-egg',
      'tofu-greens',
    ]);
    expect(same[0]).toEqual({
      days: [1, 3, 5, 6],
      sitting: 'lunch',
      meals: ['braised-fish', 'steamed-egg', 'tofu-greens'],
    });
    const none = withCell(DEMO, ['lunch', 'dinner'], 'dinner', 3, []);
    expect(cellAt(menuCells(none), 'dinner', 3)).toBeUndefined();
    expect(none.find((e) => e.sitting === 'dinner')?.days).toEqual([1, 2, 4, 5]);
    const sunday = withCell(DEMO, ['lunch', 'dinner'], 'lunch', 7, ['tofu-greens']);
    expect(cellAt(menuCells(sunday), 'lunch', 7)?.meals).toEqual(['tofu-greens']);
  });

  it('follows a meal that is removed or renamed', () => {
    const removed = withoutMeal(DEMO, 'steamed-egg');
    expect(removed.map((e) => e.meals)).toEqual([
      ['braised-fish', 'tofu-greens'],
      ['pork-noodles', 'tofu-greens'],
      ['pork-noodles'],
    ]);
    expect(withoutMeal([{ days: [1], sitting: 'lunch', meals: ['x'] }], 'x')).toEqual([]);
    expect(withMealRenamed(DEMO, 'steamed-egg', 'egg-custard')[2]?.meals).toEqual([
      'pork-noodles',
      'egg-custard',
    ]);
  });
});
