/**
 * Kiosks at a realistic pace: each of them sends one batch every `intervalMs` on its own timer,
 * the timers started at random moments within the first interval, as independent kiosks' sync
 * loops are. (autocannon's overallRate is not that: every connection's quota is released at the
 * top of each second, so all 50 batches arrive together — a synchronized burst, which the bench
 * reports separately.)
 *
 * Latency is measured from when a batch was due, not when it went out: a kiosk held up by its
 * previous answer counts the wait (no coordinated omission).
 */

export interface PacedResult {
  batches: number;
  non2xx: number;
  errors: number;
  durationSeconds: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0
    ? 0
    : (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number);
const ms = (n: number) => Math.round(n * 10) / 10;
const sleep = (t: number) => new Promise((r) => setTimeout(r, Math.max(0, t)));

export async function pacedPush<K>(
  base: string,
  kiosks: K[],
  seconds: number,
  intervalMs: number,
  request: (kiosk: K) => { headers: Record<string, string>; body: string },
): Promise<PacedResult> {
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    kiosks.map(async (kiosk) => {
      let due = started + Math.random() * intervalMs;
      while (due < end) {
        await sleep(due - performance.now());
        const { headers, body } = request(kiosk);
        try {
          const res = await fetch(`${base}/api/sync/push`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...headers },
            body,
          });
          await res.arrayBuffer();
          if (res.ok) latencies.push(performance.now() - due);
          else non2xx++;
        } catch {
          errors++;
        }
        due += intervalMs;
      }
    }),
  );
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    batches: latencies.length,
    non2xx,
    errors,
    durationSeconds: ms((performance.now() - started) / 1000),
    latencyMs: {
      p50: ms(percentile(sorted, 50)),
      p90: ms(percentile(sorted, 90)),
      p99: ms(percentile(sorted, 99)),
      max: ms(sorted.at(-1) ?? 0),
    },
  };
}
