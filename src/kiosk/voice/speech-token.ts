/**
 * Azure Speech credentials for the kiosk: short-lived tokens from the centre server (GET
 * /api/kiosk/speech-token), never the Azure key (issue #11). A token lives 10 minutes; it is
 * reused until RENEW_BEFORE_MS before it runs out, then a new one is fetched. A token that cannot
 * be had (offline, not enrolled, Azure refusing) rejects, and the voice falls back to the
 * browser's voices, as it does when Azure fails.
 */
import type { SpeechToken } from '../../shared/kiosks/speech-token-api';

/** A sentence's audio takes at most a few seconds to fetch; renew well before the token ends. */
export const RENEW_BEFORE_MS = 60 * 1000;

/** What web-speech-cognitive-services takes as credentials. */
export interface AzureCredentials {
  authorizationToken: string;
  region: string;
}

/** Fetches a new token from the server; rejects when there is none to be had. */
export type FetchSpeechToken = () => Promise<SpeechToken>;

export interface SpeechTokenSource {
  /** A token with more than RENEW_BEFORE_MS left, fetched when the held one is too old. */
  get(): Promise<AzureCredentials>;
}

/** A cache over `fetchToken`: one fetch at a time, a failure never kept. */
export function createSpeechTokenSource(
  fetchToken: FetchSpeechToken,
  now: () => number = Date.now,
): SpeechTokenSource {
  let held: { credentials: AzureCredentials; expiresAt: number } | null = null;
  let fetching: Promise<AzureCredentials> | null = null;
  return {
    get() {
      if (held && held.expiresAt - now() > RENEW_BEFORE_MS)
        return Promise.resolve(held.credentials);
      fetching ??= fetchToken()
        .then((token) => {
          const expiresAt = Date.parse(token.expiresAt);
          if (!token.token || !Number.isFinite(expiresAt))
            throw new Error('the server sent no usable speech token');
          const credentials = { authorizationToken: token.token, region: token.region };
          held = { credentials, expiresAt };
          return credentials;
        })
        .finally(() => {
          fetching = null;
        });
      return fetching;
    },
  };
}

/** Without a way to fetch tokens (tests, a preview): Azure is never reachable. */
export const noSpeechToken: FetchSpeechToken = () =>
  Promise.reject(new Error('no speech token source'));
