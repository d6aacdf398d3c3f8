/**
 * The demo centre's config, copied to a temp folder with the changes the meal benches need: lunch
 * is served every day (so "tomorrow's lunch" exists whatever day the bench runs — the demo lunch
 * closes 09:30 the same day, so tomorrow's is open at any hour today), and optionally a different
 * lunch capacity (the booking race wants exactly 200 seats). The same change the meals e2e makes.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const DEMO = resolve(dirname(fileURLToPath(import.meta.url)), '../../../kiosk-config/demo');

interface MealsFile {
  $schema?: string;
  sittings: { id: string; days: number[]; capacity: number }[];
  menu: { sitting: string; days: number[] }[];
}

export interface CanteenConfig {
  dir: string;
  remove(): void;
}

export function canteenConfigDir(options: { lunchCapacity?: number } = {}): CanteenConfig {
  const dir = mkdtempSync(join(tmpdir(), 'nuanxin-bench-config-'));
  cpSync(DEMO, dir, { recursive: true });
  const path = join(dir, 'meals.json');
  const meals = JSON.parse(readFileSync(path, 'utf8')) as MealsFile;
  delete meals.$schema; // Outside kiosk-config/ the relative schema path would not resolve.
  for (const s of meals.sittings) {
    if (s.id !== 'lunch') continue;
    s.days = [1, 2, 3, 4, 5, 6, 7];
    if (options.lunchCapacity !== undefined) s.capacity = options.lunchCapacity;
  }
  const firstLunch = meals.menu.find((m) => m.sitting === 'lunch');
  if (firstLunch && !firstLunch.days.includes(7)) firstLunch.days.push(7);
  writeFileSync(path, JSON.stringify(meals, null, 2));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Tomorrow in the demo centre's zone (Asia/Shanghai), "YYYY-MM-DD". */
export function tomorrowInShanghai(now = new Date()): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
