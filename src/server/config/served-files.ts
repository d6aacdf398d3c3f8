/**
 * What /config.json serves: the stored files without their secrets (issue #11 finding 4). Anyone
 * on the centre's network may read /config.json without signing in, so it carries neither the
 * Azure Speech key (kiosks get short-lived tokens from /api/kiosk/speech-token) nor the staff PIN
 * hash (kiosks check the PIN with /api/kiosk/staff-pin). The server keeps both in the stored
 * version; kiosks validate the served form (`validateConfigFiles(bundle, 'served')`).
 */
import type { ConfigFiles } from '../../shared/config/versions-api';
import { withoutLessons } from '../../shared/lessons/files';

const FILE = 'kiosk.json';

interface KioskJson {
  voice?: { azure?: { subscriptionKey?: unknown } };
  staff?: { pin?: unknown };
}

/** kiosk.json's text without the Azure key and the staff PIN hash; undefined if it is not JSON. */
function servedKioskJson(text: string): string | undefined {
  let json: KioskJson;
  try {
    json = JSON.parse(text) as KioskJson;
  } catch {
    return undefined;
  }
  if (typeof json !== 'object' || json === null) return undefined;
  if (json.voice?.azure && typeof json.voice.azure === 'object')
    delete json.voice.azure.subscriptionKey;
  if (json.staff && typeof json.staff === 'object') {
    delete json.staff.pin;
    if (Object.keys(json.staff).length === 0) delete json.staff;
  }
  return `${JSON.stringify(json, null, 2)}\n`;
}

/**
 * The files as kiosks are served them: without the lessons, which kiosks fetch one at a time
 * (lessons.routes.ts), so /config.json stays small for the first paint. A kiosk.json that is not
 * JSON (never the case for a stored version, which was validated) is left out rather than served
 * with whatever it holds.
 */
export function servedFiles(stored: ConfigFiles): ConfigFiles {
  const files = withoutLessons(stored);
  const text = files[FILE];
  if (text === undefined) return files;
  const { [FILE]: _stored, ...rest } = files;
  const served = servedKioskJson(text);
  return served === undefined ? rest : { ...rest, [FILE]: served };
}
