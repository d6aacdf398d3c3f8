/** diffConfig: what changed between two versions' parsed files, as the history words it. */
import { describe, expect, it } from 'vitest';
import { diffConfig, parseConfigFiles, sameJson } from '../../../src/shared/config/diff';

const kiosk = (timeout: number, extra: Record<string, unknown> = {}) => ({
  languages: { default: 'zh-Hans', enabled: ['zh-Hans', 'en'] },
  jobs: ['meals', 'about'],
  idle: { timeoutSeconds: timeout, warningSeconds: 20 },
  ...extra,
});

describe('diffConfig', () => {
  it('finds nothing between equal files, whatever the key order', () => {
    const a = { 'kiosk.json': kiosk(90) };
    const b = {
      'kiosk.json': {
        idle: { warningSeconds: 20, timeoutSeconds: 90 },
        jobs: ['meals', 'about'],
        languages: { enabled: ['zh-Hans', 'en'], default: 'zh-Hans' },
      },
    };
    expect(diffConfig(a, b)).toEqual([]);
    expect(sameJson(a, b)).toBe(true);
  });

  it('names a nested value that changed by its path, with before and after', () => {
    expect(diffConfig({ 'kiosk.json': kiosk(90) }, { 'kiosk.json': kiosk(120) })).toEqual([
      {
        file: 'kiosk.json',
        path: ['idle', 'timeoutSeconds'],
        kind: 'changed',
        before: 90,
        after: 120,
      },
    ]);
  });

  it('reports keys added and removed inside an object', () => {
    const before = { 'kiosk.json': kiosk(90, { attract: { speakEveryMinutes: 3 } }) };
    const after = { 'kiosk.json': kiosk(90, { touch: { clickSound: true } }) };
    expect(diffConfig(before, after)).toEqual([
      { file: 'kiosk.json', path: ['attract'], kind: 'removed', before: { speakEveryMinutes: 3 } },
      { file: 'kiosk.json', path: ['touch'], kind: 'added', after: { clickSound: true } },
    ]);
  });

  it('treats a list of plain values (jobs, languages) as one value', () => {
    const after = kiosk(90);
    after.jobs = ['meals'];
    expect(diffConfig({ 'kiosk.json': kiosk(90) }, { 'kiosk.json': after })).toEqual([
      {
        file: 'kiosk.json',
        path: ['jobs'],
        kind: 'changed',
        before: ['meals', 'about'],
        after: ['meals'],
      },
    ]);
  });

  it('compares phones (objects without ids) by position', () => {
    const phone = (kind: string, number: string) => ({ kind, number });
    const before = { 'centre.json': { phones: [phone('duty', '1'), phone('desk', '2')] } };
    const after = {
      'centre.json': { phones: [phone('duty', '9'), phone('desk', '2'), phone('nurse', '3')] },
    };
    expect(diffConfig(before, after)).toEqual([
      {
        file: 'centre.json',
        path: ['phones', 0, 'number'],
        kind: 'changed',
        before: '1',
        after: '9',
      },
      { file: 'centre.json', path: ['phones', 2], kind: 'added', after: phone('nurse', '3') },
    ]);
    expect(diffConfig(after, before)).toEqual([
      {
        file: 'centre.json',
        path: ['phones', 0, 'number'],
        kind: 'changed',
        before: '9',
        after: '1',
      },
      { file: 'centre.json', path: ['phones', 2], kind: 'removed', before: phone('nurse', '3') },
    ]);
  });

  it('matches activities by id, so an insertion is one addition and an edit is found where it moved', () => {
    const act = (id: string, time: string) => ({ id, time, title: { en: id } });
    const before = {
      'centre.json': { activities: [act('taichi', '09:00'), act('choir', '14:00')] },
    };
    const after = {
      'centre.json': {
        activities: [act('taichi', '09:00'), act('chess', '10:00'), act('choir', '15:00')],
      },
    };
    expect(diffConfig(before, after)).toEqual([
      { file: 'centre.json', path: ['activities', 1], kind: 'added', after: act('chess', '10:00') },
      {
        file: 'centre.json',
        path: ['activities', 2, 'time'],
        kind: 'changed',
        before: '14:00',
        after: '15:00',
      },
    ]);
  });

  it('reports an activity removed and a reorder as the order of ids', () => {
    const act = (id: string) => ({ id, title: { en: id } });
    const before = { 'help.json': { categories: [act('a'), act('b'), act('c')] } };
    const after = { 'help.json': { categories: [act('c'), act('a')] } };
    expect(diffConfig(before, after)).toEqual([
      { file: 'help.json', path: ['categories', 1], kind: 'removed', before: act('b') },
      {
        file: 'help.json',
        path: ['categories'],
        kind: 'changed',
        before: ['a', 'c'],
        after: ['c', 'a'],
      },
    ]);
  });

  it('reports whole files added and removed, in file-name order', () => {
    const before = { 'kiosk.json': kiosk(90), 'meals.json': { sittings: [] } };
    const after = { 'help.json': { categories: [] }, 'kiosk.json': kiosk(90) };
    expect(diffConfig(before, after)).toEqual([
      { file: 'help.json', path: [], kind: 'added', after: { categories: [] } },
      { file: 'meals.json', path: [], kind: 'removed', before: { sittings: [] } },
    ]);
  });

  it('parses files from their text, comparing a broken file as text', () => {
    const parsed = parseConfigFiles({
      'kiosk.json': '{"idle": {"timeoutSeconds": 90}}',
      'bad.json': '{',
    });
    expect(parsed).toEqual({ 'kiosk.json': { idle: { timeoutSeconds: 90 } }, 'bad.json': '{' });
    expect(diffConfig(parsed, { ...parsed, 'bad.json': '{}' })).toEqual([
      { file: 'bad.json', path: [], kind: 'changed', before: '{', after: '{}' },
    ]);
  });
});
