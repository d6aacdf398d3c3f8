/**
 * HTTPS for the centre server: kiosks on the local network get a secure context (service
 * worker, crypto.subtle) only over HTTPS. Given TLS_CERT and TLS_KEY (PEM files, e.g. from
 * `npm run cert`) the server serves HTTPS itself; without them, plain HTTP (localhost, or
 * behind a reverse proxy that terminates TLS).
 */
import { readFileSync } from 'node:fs';

export interface TlsFiles {
  cert: Buffer;
  key: Buffer;
}

/** The certificate and key named by the environment, null for plain HTTP, or what is wrong. */
export function tlsFromEnv(env: {
  TLS_CERT?: string;
  TLS_KEY?: string;
}): TlsFiles | null | { problem: string } {
  const certPath = env.TLS_CERT?.trim();
  const keyPath = env.TLS_KEY?.trim();
  if (!certPath && !keyPath) return null;
  if (!certPath || !keyPath)
    return { problem: 'set both TLS_CERT and TLS_KEY (or neither, for plain HTTP)' };
  try {
    return { cert: readFileSync(certPath), key: readFileSync(keyPath) };
  } catch (error) {
    return { problem: `cannot read the TLS files: ${(error as Error).message}` };
  }
}
