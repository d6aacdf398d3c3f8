/**
 * The full check of a config bundle the kiosk started on unvalidated (config-start.ts), off the
 * first load: it waits until the page has loaded and nobody is using the kiosk, since the server
 * validated the bundle at publish and the check's long tasks must not meet an elder's touch.
 */
import { render } from 'preact';
import type { ConfigBundle } from '../../shared/config/problem';
import { ConfigErrorScreen } from './ConfigErrorScreen';
import { recheckAfterPaint } from './config-load';
import { logError } from './device';
import { idleMoment } from './idle-moment';
import { onNavigate, route } from './router';
import { config } from './state';

/** Validate `bundle` once the attract screen has stood untouched, in idle moments. */
export function recheckWhenUnattended(bundle: ConfigBundle, root: HTMLElement): void {
  afterPaint(() => void whenUnattended().then(() => checkAfterPaint(bundle, root)));
}

/**
 * The full check of the config the kiosk started on (config-load.ts): the validated config runs
 * from now on (the same values: validation sets no defaults); a bundle that fails gives way to
 * the last good copy, or to the staff's error screen when there is none.
 */
async function checkAfterPaint(bundle: ConfigBundle, root: HTMLElement): Promise<void> {
  try {
    const checked = await recheckAfterPaint(bundle);
    if ('config' in checked) {
      if (JSON.stringify(checked.config) !== JSON.stringify(config.peek()))
        config.value = checked.config;
    } else render(<ConfigErrorScreen problems={checked.problems} />, root);
  } catch (error) {
    logError(error, 'config');
  }
}

/**
 * Work that must not delay the first screen or its first touches: once the page has loaded (its
 * scripts, fonts and pictures are in) and then gone idle.
 */
function afterPaint(work: () => void): void {
  const start = () => void idleMoment().then(work);
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}

/** How long the attract screen must stand untouched before background work may run. */
const UNATTENDED_MS = 5000;

/**
 * Resolves once the attract screen has stood untouched for `UNATTENDED_MS` (nobody is at the
 * kiosk): a touch leaves the attract screen, and the wait starts again when it comes back.
 */
function whenUnattended(): Promise<void> {
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const arm = (onAttract: boolean) => {
      clearTimeout(timer);
      if (onAttract) timer = setTimeout(done, UNATTENDED_MS);
    };
    const off = onNavigate((to) => arm(to.id === 'attract'));
    const done = () => {
      off();
      resolve();
    };
    arm(route.peek().id === 'attract');
  });
}
