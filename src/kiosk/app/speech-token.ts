/**
 * The voice's Azure Speech tokens, fetched from the centre server with this kiosk's device token
 * (GET /api/kiosk/speech-token). A kiosk that is not enrolled, or cannot reach the server, gets
 * none, and speaks with the browser's voices (src/kiosk/voice/speech-token.ts).
 */
import * as v from 'valibot';
import { SpeechTokenApi } from '../../shared/kiosks/speech-token-api';
import { deviceRequest } from '../offline/device-request';
import { getDeviceToken } from '../offline/device-token';
import type { FetchSpeechToken } from '../voice/speech-token';
import { offline } from './offline';
import { pushStatusHeaders } from './status-headers';

export const fetchSpeechToken: FetchSpeechToken = async () => {
  const answer = await deviceRequest(
    SpeechTokenApi.token.method,
    SpeechTokenApi.token.path,
    undefined,
    {
      getToken: getDeviceToken,
      statusHeaders: () => pushStatusHeaders(offline.value?.outbox ?? null),
    },
  );
  if (!answer.ok) throw new Error(`no speech token: ${answer.message}`);
  return v.parse(SpeechTokenApi.token.response, answer.body);
};
