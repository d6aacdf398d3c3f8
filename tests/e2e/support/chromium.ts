/**
 * Find the system Chromium that the browser tests and the benchmark drive, and install it (with
 * the CJK fonts that screenshots need) when this machine is new and we are root.
 *
 * Only Debian's packages are reachable from these machines: playwright's own browser download
 * is not, so we always drive `/usr/bin/chromium` (or `CHROME_PATH`).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
const APT_PACKAGES = ['chromium', 'fonts-noto-cjk'];
const INSTALL_COMMAND = `sudo apt-get update && sudo apt-get install -y ${APT_PACKAGES.join(' ')}`;

/** Flags every launch uses: a closed network, no GPU, and no background chatter. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** The Chromium to use, or undefined when there is none. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH=${fromEnv} does not exist. Unset it or point it at a Chromium.`);
  }
  return existsSync(DEFAULT_CHROMIUM) ? DEFAULT_CHROMIUM : undefined;
}

function aptInstall(packages: string[]): void {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  console.log(`[e2e] apt-get update && apt-get install -y ${packages.join(' ')}`);
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', ...packages], {
    stdio: 'inherit',
    env,
  });
}

/** True when fontconfig knows a font that covers Chinese. */
export function hasCjkFont(): boolean {
  const fc = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  if (fc.status === 0) return fc.stdout.trim().length > 0;
  const dpkg = spawnSync('dpkg-query', ['-s', 'fonts-noto-cjk'], { encoding: 'utf8' });
  return dpkg.status === 0 && dpkg.stdout.includes('Status: install ok installed');
}

/**
 * Return the path of a usable Chromium, installing Chromium and fonts-noto-cjk with apt-get when
 * missing and we are root. Throws with the one command to run when we are not root.
 */
export function ensureChromium(): string {
  let path = findChromium();
  const missing: string[] = [];
  if (!path) missing.push('chromium');
  if (!hasCjkFont()) missing.push('fonts-noto-cjk');
  if (missing.length > 0) {
    if (isRoot()) {
      aptInstall(missing);
    } else if (!path) {
      throw new Error(
        `Chromium not found (CHROME_PATH unset, no ${DEFAULT_CHROMIUM}). Run:\n  ${INSTALL_COMMAND}`,
      );
    } else {
      console.warn(
        `[e2e] No Chinese font: screenshots will show boxes. Run:\n  ${INSTALL_COMMAND}`,
      );
    }
  }
  path = findChromium();
  if (!path) throw new Error(`Chromium still missing after apt-get. Run:\n  ${INSTALL_COMMAND}`);
  return path;
}

/** "Chromium 156.0.8078.79 …" → "156.0.8078.79", or "unknown". */
export function chromiumVersion(path: string): string {
  const out = spawnSync(path, ['--version'], { encoding: 'utf8' });
  const match = /(\d+\.\d+\.\d+\.\d+)/.exec(out.stdout ?? '');
  return match?.[1] ?? 'unknown';
}
