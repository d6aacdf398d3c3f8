/**
 * What the kiosk reports with each request (the server's `KIOSK_STATUS_HEADERS`), built in one
 * place for push and pull: versions, what waits, the last problem, and — with each pull, which
 * follows every push — why it refused a newer config. Texts are percent-encoded (headers carry
 * only Latin-1); an empty one clears what the server holds.
 */
import type { Outbox } from '../offline/outbox';
import { config, configError } from './state';

/** The server refuses a version that is not 1–64 visible ASCII characters: such are left out. */
const HEADER_VERSION = /^[\x21-\x7e]{1,64}$/;

/** The config version this kiosk runs, when it can be sent. */
function configVersionHeader(): Record<string, string> {
  const version = config.value?.version;
  return version && HEADER_VERSION.test(version) ? { 'x-kiosk-config-version': version } : {};
}

/** The app's version, what waits in the outbox, and its last problem. */
function kioskHeaders(outbox: Outbox | null): Record<string, string> {
  const headers: Record<string, string> = {};
  if (outbox) {
    const problem = outbox.lastError.value;
    headers['x-kiosk-outbox-length'] = String(outbox.pendingCount.value);
    headers['x-kiosk-last-error'] = problem ? encodeURIComponent(problem.detail.slice(0, 400)) : '';
  }
  if (HEADER_VERSION.test(__APP_VERSION__)) headers['x-kiosk-app-version'] = __APP_VERSION__;
  return headers;
}

/** The config this kiosk runs and why it refused a newer one (empty: it refused none). */
export function configStatusHeaders(): Record<string, string> {
  return {
    ...configVersionHeader(),
    'x-kiosk-config-error': configError.value ? encodeURIComponent(configError.value) : '',
  };
}

/** What each push reports: versions, what waits in the outbox, and its last problem. */
export function pushStatusHeaders(outbox: Outbox | null): Record<string, string> {
  return { ...kioskHeaders(outbox), ...configVersionHeader() };
}

/**
 * What each pull reports: the push's headers as they are now, and why a newer config was
 * refused. Only pushes reported the outbox before, and a push reports what it is about to send:
 * after the last one succeeded the dashboard kept "等待发送 1 / Failed to fetch" for a kiosk that
 * had sent everything. A pull follows every push, so the latest report is the truth within a
 * second.
 */
export function pullStatusHeaders(outbox: Outbox | null): Record<string, string> {
  return { ...kioskHeaders(outbox), ...configStatusHeaders() };
}
