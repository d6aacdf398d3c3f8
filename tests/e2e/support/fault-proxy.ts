/**
 * A tiny HTTP proxy in front of the real centre server, for browser tests only: it passes every
 * request through (streams too, so the live stream works) and counts the kiosk's pushes; while
 * `failPushes` is on it answers POST /api/sync/push itself with a 503, as a struggling server
 * would, without the server seeing it. Nothing of this is in the server or the kiosk.
 */
import { createServer, request as forward, type IncomingMessage } from 'node:http';
import { SYNC_PUSH_PATH } from '../../../src/shared/sync/protocol';

export interface FaultProxy {
  url: string;
  port: number;
  /** Answer pushes with 503 (true) or pass them to the server (false). */
  failPushes: boolean;
  /** Pushes seen so far: those answered 503 here (and when, ms since the epoch), and those passed on. */
  readonly pushes: { failed: number; passed: number; failedAt: number[] };
  close(): Promise<void>;
}

const isPush = (req: IncomingMessage) =>
  req.method === 'POST' && (req.url ?? '').split('?')[0] === SYNC_PUSH_PATH;

/** Listen on a free port of 127.0.0.1, forwarding to `target` (e.g. http://127.0.0.1:4100). */
export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const upstream = new URL(target);
  const pushes = { failed: 0, passed: 0, failedAt: [] as number[] };
  const proxy: FaultProxy = {
    url: '',
    port: 0,
    failPushes: false,
    pushes,
    close: async () => {},
  };
  const server = createServer((req, res) => {
    if (isPush(req) && proxy.failPushes) {
      pushes.failed++;
      pushes.failedAt.push(Date.now());
      req.resume();
      res.writeHead(503, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({ error: { code: 'unavailable', message: 'test: failing on purpose' } }),
      );
      return;
    }
    if (isPush(req)) pushes.passed++;
    const out = forward(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    out.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    // The page went away (a reload, the live stream closed): let the server know.
    res.on('close', () => out.destroy());
    req.pipe(out);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  proxy.port = typeof address === 'object' && address ? address.port : 0;
  proxy.url = `http://127.0.0.1:${proxy.port}`;
  proxy.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return proxy;
}
