import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { demoBundle } from './demo-files';

function configCheck(...args: string[]) {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'src/tools/config-check.ts', ...args],
    {
      encoding: 'utf8',
    },
  );
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const broken = mkdtempSync(join(tmpdir(), 'nuanxin-config-'));
afterAll(() => rmSync(broken, { recursive: true, force: true }));

describe('npm run config:check', () => {
  it('says OK with the centre name and version for the demo (exit 0)', () => {
    const { code, out } = configCheck();
    expect(code).toBe(0);
    expect(out).toMatch(
      /^OK: 长青社区服务中心 \/ Changqing Community Centre — config version [0-9a-f]{12} \(kiosk-config\/demo\)\n$/,
    );
  });

  it('lists every problem with file and path (exit 1)', () => {
    const { files } = demoBundle(({ centre, kiosk }) => {
      centre.openingHours[0].open = '25:00';
      delete centre.name['zh-Hant'];
      kiosk.touch.repeatIgnoreMs = 200;
      kiosk.voice.provider = 'azure';
    });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(broken, name), text);
    writeFileSync(join(broken, 'notes.json'), '{}');
    const { code, out } = configCheck(broken);
    expect(code).toBe(1);
    const lines = out.split('\n');
    for (const start of [
      'notes.json: this file is not part of the kiosk config',
      'centre.json › name.zh-Hant: the Traditional Chinese (繁體中文) text is missing',
      'centre.json › openingHours[0].open: "25:00" is not a time of day',
      'kiosk.json › touch.repeatIgnoreMs: must be a whole number from 300 to 1500',
      'kiosk.json › voice.azure: missing — voice provider "azure" needs',
    ]) {
      expect(
        lines.some((line) => line.startsWith(start)),
        start,
      ).toBe(true);
    }
    expect(out).toContain(`5 problems in ${broken}.`);
  });

  it('says plainly when the folder does not exist (exit 2)', () => {
    const { code, out, err } = configCheck(join(broken, 'nope'));
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('There is no config folder at');
  });
});
