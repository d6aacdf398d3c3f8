/**
 * Azure Speech tokens for kiosks (issue #11 finding 4). The Azure key stays on the server: it is
 * traded at Azure's token service (`POST <base>/sts/v1.0/issueToken` with the key in
 * `Ocp-Apim-Subscription-Key`) for a token that lives 10 minutes. One token serves every kiosk
 * for 9 minutes, so a kiosk always receives one with at least a minute left, and a room of kiosks
 * asks Azure about once every 9 minutes. A failure is remembered for 30 s, so kiosks that keep
 * asking while Azure is down (or the key is wrong) do not hammer it either.
 */
import { createHash } from 'node:crypto';
import { SPEECH_TOKEN_LIFETIME_MS, type SpeechToken } from '../../shared/kiosks/speech-token-api';
import { AppError } from '../http/errors';

/** A token is handed out for this long after Azure issued it (it lives 10 minutes). */
export const SPEECH_TOKEN_REUSE_MS = 9 * 60 * 1000;
/** After a failure, kiosks are answered the same failure for this long before Azure is asked again. */
export const SPEECH_TOKEN_RETRY_MS = 30 * 1000;
/** How long Azure may take to answer. */
export const SPEECH_TOKEN_TIMEOUT_MS = 5000;
/** Azure's token service; `{region}` is the centre's region. */
export const AZURE_STS_BASE = 'https://{region}.api.cognitive.microsoft.com';

export interface SpeechTokenOptions {
  /**
   * The token service's base address (`{region}` is filled in), for a test's fake or a proxy;
   * NUANXIN_AZURE_STS_URL in main.ts. Default: Azure's own, AZURE_STS_BASE.
   */
  stsBase?: string | undefined;
  /** The fetch to use (tests may pass one). */
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** The centre's Azure settings as stored on the server. */
export interface AzureCredentials {
  region: string;
  subscriptionKey: string;
}

interface Held {
  /** Which region and key it was issued for: a new key published in the console asks again. */
  for: string;
  at: number;
  outcome: { ok: true; token: SpeechToken } | { ok: false; error: AppError };
}

const forWhat = (azure: AzureCredentials) =>
  createHash('sha256').update(`${azure.region}\n${azure.subscriptionKey}`).digest('hex');

function unavailable(why: string, retryMs: number): AppError {
  return new AppError(
    502,
    'speech_token_unavailable',
    `Azure Speech did not give a token (${why}). Kiosks speak with their own voices until it does; check the Azure key and region under Settings → Voice.`,
    { headers: { 'Retry-After': String(Math.ceil(retryMs / 1000)) } },
  );
}

/** The token service's address for `region`. */
export function stsUrl(base: string, region: string): string {
  return `${base.replaceAll('{region}', encodeURIComponent(region)).replace(/\/+$/, '')}/sts/v1.0/issueToken`;
}

/** One cache of tokens for the whole server. */
export class SpeechTokens {
  #held: Held | undefined;
  #asking: { for: string; promise: Promise<Held> } | undefined;

  constructor(private readonly options: SpeechTokenOptions = {}) {}

  /** A token for `azure`, from the cache when it is fresh; throws the 502 when there is none. */
  async get(azure: AzureCredentials, now: Date): Promise<SpeechToken> {
    const key = forWhat(azure);
    const held = this.#held;
    const fresh =
      held?.for === key &&
      now.getTime() - held.at < (held.outcome.ok ? SPEECH_TOKEN_REUSE_MS : SPEECH_TOKEN_RETRY_MS);
    const outcome = fresh ? held.outcome : (await this.#ask(azure, key, now)).outcome;
    if (!outcome.ok) throw outcome.error;
    return outcome.token;
  }

  /** Asks Azure once, however many kiosks are waiting for the answer. */
  #ask(azure: AzureCredentials, key: string, now: Date): Promise<Held> {
    if (this.#asking?.for === key) return this.#asking.promise;
    const promise = this.#issue(azure, now).then(
      (token): Held => ({ for: key, at: now.getTime(), outcome: { ok: true, token } }),
      (error: AppError): Held => ({ for: key, at: now.getTime(), outcome: { ok: false, error } }),
    );
    const asking = { for: key, promise };
    this.#asking = asking;
    return promise.then((held) => {
      if (this.#asking === asking) this.#asking = undefined;
      this.#held = held;
      return held;
    });
  }

  async #issue(azure: AzureCredentials, now: Date): Promise<SpeechToken> {
    const doFetch = this.options.fetch ?? fetch;
    const url = stsUrl(this.options.stsBase ?? AZURE_STS_BASE, azure.region);
    let res: Response;
    try {
      res = await doFetch(url, {
        method: 'POST',
        headers: { 'Ocp-Apim-Subscription-Key': azure.subscriptionKey, 'content-length': '0' },
        signal: AbortSignal.timeout(this.options.timeoutMs ?? SPEECH_TOKEN_TIMEOUT_MS),
      });
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      throw unavailable(
        timedOut
          ? `no answer within ${(this.options.timeoutMs ?? SPEECH_TOKEN_TIMEOUT_MS) / 1000} s`
          : 'its token service cannot be reached',
        SPEECH_TOKEN_RETRY_MS,
      );
    }
    const text = (await res.text().catch(() => '')).trim();
    if (!res.ok) throw unavailable(`HTTP ${res.status}`, SPEECH_TOKEN_RETRY_MS);
    if (text === '' || /\s/.test(text) || text.length > 8192)
      throw unavailable('its answer was not a token', SPEECH_TOKEN_RETRY_MS);
    return {
      token: text,
      region: azure.region,
      expiresAt: new Date(now.getTime() + SPEECH_TOKEN_LIFETIME_MS).toISOString(),
    };
  }
}
