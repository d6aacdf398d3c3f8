/** At the new address: trade the move token for this kiosk's device token (POST /api/kiosks/move). */
import { saveEnrollment } from '../offline/device-token';

export const MOVE_PATH = '/api/kiosks/move';

/** Enroll with the move token; the enrollment is stored before this resolves. Throws on refusal. */
export async function redeemMoveToken(kioskId: string, token: string): Promise<void> {
  const response = await fetch(MOVE_PATH, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ kioskId, token }),
    cache: 'no-store',
  });
  const body = (await response.json().catch(() => undefined)) as
    | Record<string, unknown>
    | undefined;
  if (!response.ok || typeof body?.token !== 'string' || typeof body.kioskId !== 'string')
    throw new Error(`the new address refused the move token: HTTP ${response.status}`);
  await saveEnrollment({
    kioskId: body.kioskId,
    token: body.token,
    name: typeof body.name === 'string' ? body.name : '',
    location: typeof body.location === 'string' ? body.location : null,
    enrolledAt: Date.now(),
    ...(typeof body.proofKey === 'string' ? { proofKey: body.proofKey } : {}),
  });
}
