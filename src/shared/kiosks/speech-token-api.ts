/**
 * GET /api/kiosk/speech-token: an enrolled kiosk's short-lived Azure Speech token (issue #11).
 * The Azure key stays on the centre server; the server trades it at Azure's token service for a
 * token that lives 10 minutes and hands that to kiosks with a device token
 * (src/server/kiosks/speech-token.routes.ts). The kiosk's voice renews it before it runs out.
 */
import * as v from 'valibot';
import { route } from '../api/contract';

/** How long an Azure Speech token is valid (Azure's own figure). */
export const SPEECH_TOKEN_LIFETIME_MS = 10 * 60 * 1000;

export const SpeechTokenSchema = v.object({
  /** The token, sent to Azure as the authorization token. */
  token: v.pipe(v.string(), v.minLength(1)),
  /** The Azure region the token is for, like "eastasia". */
  region: v.pipe(v.string(), v.minLength(1)),
  /** When the token stops working (ISO 8601). */
  expiresAt: v.pipe(v.string(), v.isoTimestamp()),
});
export type SpeechToken = v.InferOutput<typeof SpeechTokenSchema>;

export const SpeechTokenApi = {
  /** Device token in `Authorization: Bearer`; 404 speech_not_configured, 502 speech_token_unavailable. */
  token: route({ method: 'GET', path: '/api/kiosk/speech-token', response: SpeechTokenSchema }),
};
