/** `npm run config:export`: any stored version back to a folder, byte for byte. */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { ConfigFiles, ConfigVersionView } from '../../../src/shared/config/versions-api';
import { runConfigExport } from '../../../src/tools/config-export';
import { forEachStore } from '../support/stores';
import { configApi, editJson } from './config-api';

const jsonFiles = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => [name, readFileSync(join(dir, name))]),
  );

forEachStore((_name, _makeDb, store) => {
  it('exports the seed exactly as the folder was, and a published version exactly as sent', async () => {
    const { db, env } = await store.makeTestDb();
    const api = await configApi(db);
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };

    const seedOut = join(mkdtempSync(join(tmpdir(), 'nuanxin-export-')), 'v1');
    expect(await runConfigExport(['1', seedOut], env, io)).toBe(0);
    const seed = jsonFiles(api.seedDir);
    const exported = jsonFiles(seedOut);
    expect(Object.keys(exported)).toEqual(Object.keys(seed));
    for (const name of Object.keys(seed))
      expect(exported[name]?.equals(seed[name] as Buffer)).toBe(true);
    expect(lines.at(-1)).toMatch(/Exported config version 1/);

    const current = (await (
      await api.get('/api/config/current', api.staff)
    ).json()) as ConfigVersionView;
    // Text with tabs, no final newline and Chinese: stored and exported untouched.
    const centre = `${editJson(current.files['centre.json'] as string, (c) => {
      c.address = {
        'zh-Hans': '杭州市 长青路 8 号',
        'zh-Hant': '杭州市 長青路 8 號',
        en: '8 Changqing Rd',
      };
    })
      .replaceAll('  ', '\t')
      .trimEnd()}`;
    const files: ConfigFiles = { ...current.files, 'centre.json': centre };
    const res = await api.post(
      '/api/config/versions',
      { files, note: 'address', basedOn: 1 },
      api.admin,
    );
    expect(res.status, await res.clone().text()).toBe(201);
    const out = mkdtempSync(join(tmpdir(), 'nuanxin-export-'));
    expect(await runConfigExport(['current', out], env, io)).toBe(0);
    expect(readFileSync(join(out, 'centre.json'), 'utf8')).toBe(centre);

    expect(await runConfigExport(['9', out], env, io)).toBe(1);
    expect(lines.at(-1)).toMatch(/no config version 9: this database holds versions 1 to 2/);
    writeFileSync(join(out, 'old.json'), '{}');
    expect(await runConfigExport(['1', out], env, io)).toBe(1);
    expect(lines.at(-1)).toMatch(/old\.json/);
    expect(await runConfigExport(['one', out], env, io)).toBe(2);
  });
});
