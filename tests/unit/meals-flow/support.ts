/** Shared setup of the meal-flow DOM tests: the demo centre's config and a member's facts. */
import { readdirSync, readFileSync } from 'node:fs';
import type { CentreKioskConfig } from '../../../src/shared/config/schema';
import { validateConfigFiles } from '../../../src/shared/config/validate';
import {
  type MemberFacts,
  type MemberTiers,
  memberTiers,
  priceTableOf,
} from '../../../src/shared/meals/index';

/** The demo centre's config, as the kiosk validates it at start. */
export function demoConfig(): CentreKioskConfig {
  const dir = 'kiosk-config/demo';
  const files = Object.fromEntries(
    readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => [name, readFileSync(`${dir}/${name}`, 'utf8')]),
  );
  const result = validateConfigFiles({ version: 'test', files });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.config;
}

/** 101 years old, local: tier A (government ¥12), so ¥15 − ¥0.75 − ¥12 = ¥2.25. */
export const CENTENARIAN_FACTS: MemberFacts = {
  birthDate: '1925-03-08',
  localHukou: true,
  categories: ['empty-nest'],
  disability: 'moderate',
};

/** The centenarian's tiers from Wednesday 25 November 2026, as the server works them out and sends them. */
export function centenarianTiers(from = '2026-11-25'): MemberTiers {
  const meals = demoConfig().meals;
  if (!meals) throw new Error('the demo centre has a canteen');
  return memberTiers(priceTableOf(meals), CENTENARIAN_FACTS, from, null);
}

/** The centenarian as the identify screen leaves her in the session (no PIN). */
export function centenarianMember() {
  return {
    id: 'm1',
    name: '李秀英',
    hasPin: false,
    validUntil: null,
    tiers: centenarianTiers(),
    recordsAllowed: true,
  };
}

/** Shanghai wall-clock time on a day, as an instant (the demo centre is UTC+8, no DST). */
export function shanghai(day: string, time: string): Date {
  return new Date(`${day}T${time}:00+08:00`);
}

export const ZONE = 'Asia/Shanghai';
