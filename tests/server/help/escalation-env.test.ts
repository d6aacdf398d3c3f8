/**
 * The escalation webhook is refused at start when it would send members' names in clear or sign
 * with an empty secret (issue #11 finding 8); the words say how to fix it.
 */
import { describe, expect, it } from 'vitest';
import { escalationFromEnv } from '../../../src/server/help/escalation-env';

const SECRET = 'a3f9c1d27b4e8f60a1b2';

describe('escalationFromEnv', () => {
  it('is off without a URL', () => {
    expect(escalationFromEnv({})).toEqual({});
    expect(escalationFromEnv({ NUANXIN_ESCALATION_URL: '  ' })).toEqual({});
  });

  it('takes https with a secret, and http only to this machine', () => {
    expect(
      escalationFromEnv({
        NUANXIN_ESCALATION_URL: 'https://adapter.example/escalate',
        NUANXIN_ESCALATION_SECRET: SECRET,
      }),
    ).toEqual({ url: 'https://adapter.example/escalate', secret: SECRET });
    for (const url of ['http://127.0.0.1:9000/hook', 'http://localhost/hook', 'http://[::1]:9/x'])
      expect(
        escalationFromEnv({ NUANXIN_ESCALATION_URL: url, NUANXIN_ESCALATION_SECRET: SECRET }),
      ).toEqual({ url, secret: SECRET });
  });

  it('refuses plain http to another machine, in words', () => {
    const result = escalationFromEnv({
      NUANXIN_ESCALATION_URL: 'http://192.168.1.20/escalate',
      NUANXIN_ESCALATION_SECRET: SECRET,
    });
    expect(result).toEqual({ problem: expect.stringMatching(/must start with https:\/\//) });
  });

  it('refuses a missing, empty or short secret, and names how to make one', () => {
    for (const secret of [undefined, '', 'short-secret'])
      expect(
        escalationFromEnv({
          NUANXIN_ESCALATION_URL: 'https://adapter.example/escalate',
          NUANXIN_ESCALATION_SECRET: secret,
        }),
      ).toEqual({ problem: expect.stringMatching(/at least 16 characters.*openssl rand -hex 24/) });
  });

  it('refuses what is not a web address', () => {
    expect(
      escalationFromEnv({ NUANXIN_ESCALATION_URL: 'adapter', NUANXIN_ESCALATION_SECRET: SECRET }),
    ).toEqual({ problem: 'NUANXIN_ESCALATION_URL is not a web address: "adapter".' });
  });
});
