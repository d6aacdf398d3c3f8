/** A kiosk as the fleet page lists it (GET /api/kiosks): its settings and config state. */
import type { KioskSettings } from '../../shared/config/versions-api';
import type { KioskView } from '../../shared/kiosks/api';

export type FleetKiosk = KioskView;

/** Its settings as the edit form starts them. */
export function settingsOf(kiosk: FleetKiosk): KioskSettings {
  return {
    name: kiosk.name,
    location: kiosk.location,
    orientation: kiosk.orientation,
    jobs: kiosk.jobs,
  };
}

/** The version number a kiosk runs: as the server counted it, else found by its content hash. */
export function versionNumberOf(
  kiosk: FleetKiosk,
  numberByHash: ReadonlyMap<string, number>,
): number | null {
  if (kiosk.configNumber !== null) return kiosk.configNumber;
  return kiosk.configVersion ? (numberByHash.get(kiosk.configVersion) ?? null) : null;
}
