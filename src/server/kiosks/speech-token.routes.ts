/**
 * GET /api/kiosk/speech-token: a short-lived Azure Speech token for an enrolled kiosk (device
 * token, like push and pull; kiosks are not staff, so the staff role map has no part here). The
 * contract is src/shared/kiosks/speech-token-api.ts; the cache and Azure's side, speech-token.ts.
 */
import { Hono } from 'hono';
import type { Reply } from '../../shared/api/contract';
import type { SpeechTokenApi } from '../../shared/kiosks/speech-token-api';
import type { CentreConfigReader } from '../config/centre-config';
import type { EventDeps } from '../events/bus';
import type { ApiDeps } from '../http/deps';
import { AppError } from '../http/errors';
import { type KioskEnv, requireKiosk } from './kiosk.middleware';
import type { SpeechTokens } from './speech-token';

/** The routes under /api/kiosk for speech. Needs `staffSession` in front (createApi does that). */
export function speechTokenRoutes(
  { db, clock, events }: ApiDeps & EventDeps,
  centre: CentreConfigReader | undefined,
  tokens: SpeechTokens,
) {
  return new Hono<KioskEnv>().get('/speech-token', requireKiosk(db, clock, events), async (c) => {
    const voice = centre?.()?.kiosk.voice;
    const key = voice?.azure?.subscriptionKey;
    if (voice?.provider !== 'azure' || !voice.azure || !key)
      throw new AppError(
        404,
        'speech_not_configured',
        'This centre does not use Azure Speech: kiosks speak with their own voices.',
      );
    const token = await tokens.get({ region: voice.azure.region, subscriptionKey: key }, clock());
    return c.json(token satisfies Reply<typeof SpeechTokenApi.token>, 200);
  });
}
