/**
 * The Azure Speech key in kiosk.json is a secret: the console is answered a masked form
 * (SECRET_MASK + its last 4 characters), and a publish that sends that masked form back keeps
 * the stored key. The file's text is changed only at the key's own string, so everything else
 * (formatting included) stays exactly as stored.
 */
import {
  type ConfigFiles,
  type ConfigProblem,
  SECRET_MASK,
} from '../../shared/config/versions-api';

const FILE = 'kiosk.json';
const PATH = 'voice.azure.subscriptionKey';

function keyIn(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  try {
    const json = JSON.parse(text) as { voice?: { azure?: { subscriptionKey?: unknown } } };
    const key = json?.voice?.azure?.subscriptionKey;
    return typeof key === 'string' ? key : undefined;
  } catch {
    return undefined;
  }
}

/** The masked form the console sees. */
export function maskSecret(key: string): string {
  return `${SECRET_MASK}${key.slice(-4)}`;
}

/** kiosk.json's text with the key (if any) put in place of `from`. */
function replaceKey(text: string, from: string, to: string): string {
  const literal = JSON.stringify(from);
  if (text.includes(literal)) return text.split(literal).join(JSON.stringify(to));
  // Written with escapes the literal does not match: set the value and write the JSON anew.
  const json = JSON.parse(text) as { voice: { azure: { subscriptionKey: string } } };
  json.voice.azure.subscriptionKey = to;
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** The files as the console may see them: the Azure key masked. */
export function maskFiles(files: ConfigFiles): ConfigFiles {
  const key = keyIn(files[FILE]);
  if (key === undefined || key.startsWith(SECRET_MASK)) return files;
  return { ...files, [FILE]: replaceKey(files[FILE] as string, key, maskSecret(key)) };
}

/**
 * The files as they are to be stored: a masked key sent back becomes the stored key again. A
 * masked key that does not match the stored one (there is none, or it ended differently) is a
 * problem: the real key cannot be guessed.
 */
export function unmaskFiles(
  sent: ConfigFiles,
  stored: ConfigFiles | undefined,
): { ok: true; files: ConfigFiles } | { ok: false; problem: ConfigProblem } {
  const key = keyIn(sent[FILE]);
  if (key === undefined || !key.startsWith(SECRET_MASK)) return { ok: true, files: sent };
  const storedKey = keyIn(stored?.[FILE]);
  if (storedKey === undefined || maskSecret(storedKey) !== key)
    return {
      ok: false,
      problem: {
        file: FILE,
        path: PATH,
        message:
          'the Azure key is shown hidden and does not match the key in use — paste the whole key from the Azure portal',
      },
    };
  return { ok: true, files: { ...sent, [FILE]: replaceKey(sent[FILE] as string, key, storedKey) } };
}
