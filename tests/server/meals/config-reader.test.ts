import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { canteenOf, centreConfigReader } from '../../../src/server/config/centre-config';
import type { LogEntry } from '../../../src/server/http/log';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function demoCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nuanxin-config-'));
  dirs.push(dir);
  cpSync('kiosk-config/demo', dir, { recursive: true });
  return dir;
}

describe('the server reads the centre config live', () => {
  it('gives the canteen and its time zone; an edit is picked up', () => {
    const dir = demoCopy();
    const reader = centreConfigReader(dir, undefined, 0);
    expect(canteenOf(reader)()?.timeZone).toBe('Asia/Shanghai');
    expect(canteenOf(reader)()?.meals.pricing.basePriceFen).toBe(1500);
    const meals = JSON.parse(readFileSync(join(dir, 'meals.json'), 'utf8'));
    meals.pricing.basePriceFen = 1600;
    writeFileSync(join(dir, 'meals.json'), JSON.stringify(meals));
    expect(canteenOf(reader)()?.meals.pricing.basePriceFen).toBe(1600);
  });

  it('keeps the last good config when an edit breaks it, and logs the problems in words', () => {
    const dir = demoCopy();
    const logs: LogEntry[] = [];
    const reader = centreConfigReader(dir, (e) => logs.push(e), 0);
    expect(reader()?.meals?.pricing.basePriceFen).toBe(1500);
    writeFileSync(join(dir, 'meals.json'), '{ "sittings": ');
    expect(reader()?.meals?.pricing.basePriceFen).toBe(1500);
    expect(logs).toHaveLength(1);
    expect(String((logs[0]?.problems as string[] | undefined)?.[0])).toContain('meals.json');
  });

  it('no meals.json: no canteen, and the meal kinds refuse in words', () => {
    const dir = demoCopy();
    rmSync(join(dir, 'meals.json'));
    expect(canteenOf(centreConfigReader(dir, undefined, 0))()).toBeUndefined();
  });
});
