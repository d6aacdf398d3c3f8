/**
 * `npm run cert -- <host or IP>…`: a small certificate authority for this centre and a server
 * certificate for the names kiosks use to reach it, made with openssl, so kiosks on the local
 * network get a secure context (service worker, crypto.subtle) without a public domain.
 *
 * The CA is made once and kept (every kiosk trusts it once); running again with other names
 * makes a new server certificate under the same CA. Files go to TLS_DIR (default ./data/tls).
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const USAGE = `Usage: npm run cert -- <host or IP> [<host or IP>…]
  Makes (once) a local certificate authority and a server certificate for the names given,
  e.g. npm run cert -- nuanxin.lan 192.168.1.10
  Files go to TLS_DIR (default ./data/tls); start the server with the TLS_CERT and TLS_KEY printed.`;

/** The files one run leaves in the TLS folder. */
export interface CertFiles {
  caCert: string;
  caKey: string;
  cert: string;
  key: string;
}

export function certFilesIn(dir: string): CertFiles {
  return {
    caCert: join(dir, 'centre-ca.crt'),
    caKey: join(dir, 'centre-ca.key'),
    cert: join(dir, 'server.crt'),
    key: join(dir, 'server.key'),
  };
}

/** A DNS name or IP address a certificate may name (no wildcards, no ports, no schemes). */
function validName(name: string): boolean {
  return (
    isIP(name) !== 0 ||
    /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i.test(
      name,
    )
  );
}

function openssl(args: string[]): void {
  execFileSync('openssl', args, { stdio: ['ignore', 'ignore', 'pipe'] });
}

/**
 * Makes the CA when the folder has none, then a server certificate for `names` signed by it.
 * Browsers want the names in subjectAltName (the CN is ignored) and a leaf that is not a CA.
 */
export function makeCertificates(dir: string, names: string[]): CertFiles & { newCa: boolean } {
  mkdirSync(dir, { recursive: true });
  const files = certFilesIn(dir);
  const newCa = !existsSync(files.caCert) || !existsSync(files.caKey);
  if (newCa) {
    openssl([
      'genpkey',
      '-algorithm',
      'EC',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-out',
      files.caKey,
    ]);
    chmodSync(files.caKey, 0o600);
    openssl([
      'req',
      '-x509',
      '-new',
      '-key',
      files.caKey,
      '-sha256',
      '-days',
      '3650',
      '-subj',
      '/O=Nuanxin centre/CN=Nuanxin centre local CA',
      '-addext',
      'basicConstraints=critical,CA:TRUE,pathlen:0',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
      '-out',
      files.caCert,
    ]);
  }
  const san = names.map((n) => (isIP(n) ? `IP:${n}` : `DNS:${n}`)).join(',');
  const ext = join(dir, 'server.ext');
  const csr = join(dir, 'server.csr');
  writeFileSync(
    ext,
    [
      'basicConstraints=critical,CA:FALSE',
      'keyUsage=critical,digitalSignature,keyEncipherment',
      'extendedKeyUsage=serverAuth',
      `subjectAltName=${san}`,
      '',
    ].join('\n'),
  );
  try {
    openssl([
      'genpkey',
      '-algorithm',
      'EC',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-out',
      files.key,
    ]);
    chmodSync(files.key, 0o600);
    openssl(['req', '-new', '-key', files.key, '-subj', `/CN=${names[0]}`, '-out', csr]);
    // 825 days: the longest Apple devices accept; Chromium accepts it for a locally trusted CA.
    openssl([
      'x509',
      '-req',
      '-in',
      csr,
      '-CA',
      files.caCert,
      '-CAkey',
      files.caKey,
      '-CAcreateserial',
      '-days',
      '825',
      '-sha256',
      '-extfile',
      ext,
      '-out',
      files.cert,
    ]);
  } finally {
    rmSync(ext, { force: true });
    rmSync(csr, { force: true });
  }
  return { ...files, newCa };
}

/** How to trust the CA on a kiosk, printed after each run. */
export function trustInstructions(files: CertFiles): string {
  return `To trust this centre on a kiosk (once per kiosk), copy ${files.caCert} to it, then:
  Debian/Ubuntu Chromium (as the kiosk's user, with libnss3-tools installed):
    mkdir -p ~/.pki/nssdb && certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "Nuanxin centre CA" -i centre-ca.crt
  Android tablet: Settings → Security → Encryption & credentials → Install a certificate →
    CA certificate, pick centre-ca.crt (Chrome trusts user CAs; some kiosk apps do not).
Keep ${files.caKey} private: whoever has it can impersonate the centre to its kiosks.`;
}

/** Output for the tool; tests collect it. */
export interface CertIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Runs the cert command; returns the process exit code. */
export function runCert(args: string[], env: { TLS_DIR?: string }, io: CertIo): number {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(USAGE);
    return 0;
  }
  const names = args.map((a) => a.trim().toLowerCase());
  const bad = names.filter((n) => !validName(n));
  if (names.length === 0 || bad.length > 0) {
    if (bad.length > 0) io.err(`Not a host name or IP address: ${bad.join(', ')}`);
    io.err(USAGE);
    return 2;
  }
  const dir = resolve(env.TLS_DIR || './data/tls');
  try {
    const made = makeCertificates(dir, names);
    io.out(
      `${made.newCa ? 'Made a new centre CA' : 'Used the centre CA'}: ${made.caCert}
Server certificate for ${names.join(', ')}: ${made.cert}
Start the server with:
  HOST=0.0.0.0 TLS_CERT=${made.cert} TLS_KEY=${made.key} npm start
${trustInstructions(made)}`,
    );
    return 0;
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    io.err(`Could not make the certificates (is openssl installed?): ${stderr || String(error)}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = runCert(process.argv.slice(2), process.env, {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
}
