/** A kiosk as the fleet page lists it: the console's Kiosk plus its settings and config state. */
import type { Job } from '../../shared/config/kiosk';
import type { KioskSettings, Orientation } from '../../shared/config/versions-api';
import type { Kiosk } from '../api/types';

export interface FleetKiosk extends Kiosk {
  orientation?: Orientation | null;
  jobs?: Job[] | null;
  /** The version number of the config it reports running (null: unknown or not a version). */
  configNumber?: number | null;
  /** Why it could not use the last config it received, when it could not. */
  configError?: string | null;
}

/** Its settings as the edit form starts them. */
export function settingsOf(kiosk: FleetKiosk): KioskSettings {
  return {
    name: kiosk.name,
    location: kiosk.location,
    orientation: kiosk.orientation ?? null,
    jobs: kiosk.jobs ?? null,
  };
}

/** The version number a kiosk runs: as the server counted it, else found by its content hash. */
export function versionNumberOf(
  kiosk: FleetKiosk,
  numberByHash: ReadonlyMap<string, number>,
): number | null {
  if (typeof kiosk.configNumber === 'number') return kiosk.configNumber;
  return kiosk.configVersion ? (numberByHash.get(kiosk.configVersion) ?? null) : null;
}
