/** Phone numbers from the centre's config, and how to say them so every digit is heard. */
import type { CentreConfig } from '../../shared/config/schema';

type Phone = CentreConfig['phones'][number];

/** The duty phone; the schema guarantees there is one. */
export function dutyPhone(centre: CentreConfig): Phone {
  return centre.phones.find((p) => p.kind === 'duty') as Phone;
}

export function emergencyPhone(centre: CentreConfig): Phone | undefined {
  return centre.phones.find((p) => p.kind === 'emergency');
}

/** China's ambulance number, when the centre lists no emergency number of its own. */
export const AMBULANCE_FALLBACK = '120';

/** The ambulance number every emergency screen gives beside the duty phone. */
export function ambulanceNumber(centre: CentreConfig): string {
  return emergencyPhone(centre)?.number ?? AMBULANCE_FALLBACK;
}

/**
 * Speech engines read "87654321" as a large number; spaced digits are read one by one,
 * with a short pause at each group break the number was written with.
 */
export function spokenNumber(number: string): string {
  return number
    .trim()
    .split(/[\s-]+/)
    .map((group) => group.split('').join(' '))
    .join(', ');
}
