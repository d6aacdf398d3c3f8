/**
 * The escalation webhook's settings from the environment, checked before the server starts.
 * An emergency call's member, place and time go to the receiver: over plain http anyone on the
 * way could read or change them, and a signature made with an empty secret proves nothing (issue
 * #11 finding 8). So a URL must be https — or http to this machine itself, for an adapter running
 * beside the server — and must come with a secret of at least 16 characters. A mistake stops
 * `npm start` with the words to fix it, while the volunteer setting it up is watching, rather
 * than leaving a centre that believes its duty line is called.
 */

/** The shortest secret accepted: 16 characters (about 96 bits when random). */
export const MIN_ESCALATION_SECRET = 16;

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The webhook settings, or the problem with them in words. */
export function escalationFromEnv(
  env: Record<string, string | undefined>,
): { url?: string; secret?: string } | { problem: string } {
  const raw = env.NUANXIN_ESCALATION_URL?.trim();
  if (!raw) return {};
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { problem: `NUANXIN_ESCALATION_URL is not a web address: "${raw}".` };
  }
  const local = url.protocol === 'http:' && LOOPBACK.has(url.hostname);
  if (url.protocol !== 'https:' && !local)
    return {
      problem:
        'NUANXIN_ESCALATION_URL must start with https:// (plain http is allowed only to this machine, http://localhost or http://127.0.0.1): emergency calls carry members’ names.',
    };
  const secret = env.NUANXIN_ESCALATION_SECRET ?? '';
  if (secret.length < MIN_ESCALATION_SECRET)
    return {
      problem: `NUANXIN_ESCALATION_SECRET must be set to at least ${MIN_ESCALATION_SECRET} characters when NUANXIN_ESCALATION_URL is (make one with: openssl rand -hex 24); the receiver checks each call's signature with it.`,
    };
  return { url: url.toString(), secret };
}
