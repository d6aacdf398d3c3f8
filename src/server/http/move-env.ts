/**
 * The HTTP → HTTPS move (issue #17): MOVE_TO names the new address kiosks go to, and
 * HTTP_PORT the old plain-HTTP port the server keeps serving beside HTTPS while they drain.
 */
import type { MoveTarget } from '../kiosks/moves.service';

/** The move named by the environment, null when none is on, or what is wrong. */
export function moveFromEnv(
  env: { MOVE_TO?: string; HTTP_PORT?: string },
  tls: boolean,
): { target: MoveTarget; httpPort: number | null } | null | { problem: string } {
  const to = env.MOVE_TO?.trim();
  const httpPort = env.HTTP_PORT?.trim();
  if (!to) return httpPort ? { problem: 'HTTP_PORT is for a move: set MOVE_TO too' } : null;
  let url: URL;
  try {
    url = new URL(to);
  } catch {
    return { problem: `MOVE_TO must be an address like https://nuanxin.lan:8443, not "${to}"` };
  }
  if (url.protocol !== 'https:' || url.origin !== to.replace(/\/$/, ''))
    return { problem: `MOVE_TO must be an https:// address with no path, not "${to}"` };
  if (httpPort && !/^\d{1,5}$/.test(httpPort))
    return { problem: `HTTP_PORT must be a port number, not "${httpPort}"` };
  if (httpPort && !tls)
    return { problem: 'HTTP_PORT serves the old address beside HTTPS: set TLS_CERT and TLS_KEY' };
  return { target: { to: url.origin }, httpPort: httpPort ? Number(httpPort) : null };
}
