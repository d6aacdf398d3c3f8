/**
 * The systemd units a centre installs (src/deploy) are checked by systemd itself: this machine
 * runs no systemd as PID 1, but `systemd-analyze verify` parses each unit, its keys, sections,
 * the programs it starts and the units it names, as `systemctl enable` would.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const DEPLOY = resolve(import.meta.dirname, '../../../src/deploy');

function verify(files: string[], user = false) {
  // A user manager wants a runtime folder, which a machine without a login session lacks.
  const runtime = user ? mkdtempSync(join(tmpdir(), 'nuanxin-xdg-')) : undefined;
  const result = spawnSync('systemd-analyze', ['verify', ...(user ? ['--user'] : []), ...files], {
    encoding: 'utf8',
    env: {
      ...process.env,
      SYSTEMD_LOG_LEVEL: 'warning',
      ...(runtime ? { XDG_RUNTIME_DIR: runtime } : {}),
    },
  });
  if (runtime) rmSync(runtime, { recursive: true, force: true });
  if (result.error)
    throw new Error(
      `systemd-analyze is missing (apt-get install systemd): ${result.error.message}`,
    );
  return { status: result.status, problems: `${result.stdout}${result.stderr}`.trim() };
}

const unitsIn = (dir: string) =>
  readdirSync(join(DEPLOY, dir))
    .filter((name) => /\.(service|timer)$/.test(name))
    .map((name) => join(DEPLOY, dir, name));

describe('systemd units', () => {
  it('the server, nightly backup and its timer verify without a warning', () => {
    const units = unitsIn('server');
    expect(units.map((u) => u.split('/').pop()).sort()).toEqual([
      'nuanxin-backup.service',
      'nuanxin-backup.timer',
      'nuanxin.service',
    ]);
    expect(verify(units)).toEqual({ status: 0, problems: '' });
  });

  it('the kiosk launcher user unit verifies without a warning', () => {
    const units = unitsIn('kiosk');
    expect(units.map((u) => u.split('/').pop())).toEqual(['nuanxin-kiosk.service']);
    expect(verify(units, true)).toEqual({ status: 0, problems: '' });
  });
});
