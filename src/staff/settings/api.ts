/** The config-version routes (src/shared/config/versions-api.ts) as the settings pages call them. */

import { ConfigApi } from '../../shared/config/api';
import type {
  ConfigChange,
  ConfigFiles,
  ConfigProblem,
  ConfigVersionSummary,
  ConfigVersionView,
  KioskSettings,
} from '../../shared/config/versions-api';
import { KiosksApi } from '../../shared/kiosks/api';
import { call } from '../api/client';
import { ApiError } from '../api/http';
import type { FleetKiosk } from './fleet';

export function currentVersion(): Promise<ConfigVersionView> {
  return call(ConfigApi.current);
}

export function listVersions(
  page = 1,
): Promise<{ versions: ConfigVersionSummary[]; total: number }> {
  return call(ConfigApi.versions, { query: { page: String(page) } });
}

export async function versionDiff(number: number): Promise<ConfigChange[]> {
  return (await call(ConfigApi.diff, { params: { number: String(number) } })).changes;
}

export function restoreVersion(number: number, note: string): Promise<ConfigVersionView> {
  return call(ConfigApi.restore, { params: { number: String(number) }, body: { note } });
}

export function saveKioskSettings(id: string, settings: KioskSettings): Promise<FleetKiosk> {
  return call(KiosksApi.saveSettings, { params: { id }, body: settings });
}

/** What a publish came to: the new version, or why not (with the problems, for a 422). */
export type PublishOutcome =
  | { ok: true; version: ConfigVersionView }
  | { ok: false; status: 409 }
  | { ok: false; status: 422; problems: ConfigProblem[]; message: string };

/**
 * Asks the server to check the files (POST /api/config/check, which never saves), then publishes
 * (POST /api/config/versions). Checking first gives the problems in the contract's shape, each
 * beside its field; the publish itself is refused again if the server still finds one.
 */
export async function publishVersion(
  files: ConfigFiles,
  note: string,
  basedOn: number,
): Promise<PublishOutcome> {
  const { problems } = await call(ConfigApi.check, { body: { files } });
  if (problems.length > 0) return { ok: false, status: 422, problems, message: '' };
  try {
    return {
      ok: true,
      version: await call(ConfigApi.publish, { body: { files, note, basedOn } }),
    };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.status === 409) return { ok: false, status: 409 };
    if (error.status !== 422) throw error;
    return { ok: false, status: 422, problems: [], message: error.message };
  }
}
