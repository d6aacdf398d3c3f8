/** Trade a one-time enrollment code for a device token: POST /api/kiosks/enroll. */
import { type DeviceEnrollment, saveEnrollment } from './device-token';

export const ENROLL_PATH = '/api/kiosks/enroll';

/** Why an enrollment failed; the staff screen shows `staff.enroll.error.<reason>`. */
export type EnrollFailure = 'unknown' | 'used' | 'expired' | 'tooMany' | 'network' | 'server';

export type EnrollResult =
  | { ok: true; enrollment: DeviceEnrollment }
  | { ok: false; reason: EnrollFailure; status?: number };

export interface EnrollOptions {
  fetch?: typeof fetch;
  /** Where to keep the token (default: IndexedDB through `saveEnrollment`). */
  save?: (enrollment: DeviceEnrollment) => Promise<void>;
  appVersion?: string;
  now?: () => number;
}

/** The failure for an HTTP answer other than 201, from its status and `{ error: { code } }`. */
export function enrollFailure(status: number, code: string | undefined): EnrollFailure {
  if (status === 429) return 'tooMany';
  if (code === 'enrollment_code_used') return 'used';
  if (code === 'enrollment_code_expired') return 'expired';
  if (status === 410) return 'used';
  if (status === 400 || status === 422) return 'unknown';
  return 'server';
}

function isEnrollAnswer(body: unknown): body is {
  kioskId: string;
  token: string;
  name: string;
  location: string | null;
  proofKey?: string;
} {
  const b = body as Record<string, unknown> | null | undefined;
  return (
    typeof b?.kioskId === 'string' &&
    typeof b.token === 'string' &&
    typeof b.name === 'string' &&
    (b.location === null || typeof b.location === 'string' || b.location === undefined) &&
    (b.proofKey === undefined || typeof b.proofKey === 'string')
  );
}

/** Enroll this kiosk with an 8-digit code; on success the token is stored before this resolves. */
export async function enrollKiosk(
  code: string,
  options: EnrollOptions = {},
): Promise<EnrollResult> {
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(ENROLL_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code, appVersion: options.appVersion ?? __APP_VERSION__ }),
      cache: 'no-store',
    });
  } catch {
    return { ok: false, reason: 'network' };
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = (body as { error?: { code?: unknown } } | undefined)?.error;
    const errorCode = typeof error?.code === 'string' ? error.code : undefined;
    return {
      ok: false,
      reason: enrollFailure(response.status, errorCode),
      status: response.status,
    };
  }
  if (!isEnrollAnswer(body)) return { ok: false, reason: 'server', status: response.status };
  const enrollment: DeviceEnrollment = {
    kioskId: body.kioskId,
    token: body.token,
    name: body.name,
    location: body.location ?? null,
    enrolledAt: (options.now ?? Date.now)(),
    ...(body.proofKey ? { proofKey: body.proofKey } : {}),
  };
  await (options.save ?? saveEnrollment)(enrollment);
  return { ok: true, enrollment };
}
