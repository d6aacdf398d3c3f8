/**
 * `npm run bench:card`: what one guess at a card number costs an attacker who copied a kiosk's
 * disk with its centre card key (issue #11). Runs the kiosk's own `cardKeyOf` (PBKDF2-SHA256 at
 * CARD_KEY_ITERATIONS, Web Crypto) one guess after another on a single thread, so each figure is
 * one core's time; the target is at least 100 ms a guess.
 *
 * Prints the figures and writes tests/bench/results/card.json. Timings are never asserted in
 * tests; this is where they are measured.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARD_KEY_ITERATIONS, type CardKey, cardKeyOf } from '../../src/shared/members/card';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const RESULTS = resolve(ROOT, 'tests/bench/results/card.json');
const GUESSES = Number(process.env.BENCH_GUESSES ?? 20);
const TARGET_MS = 100;

const key: CardKey = {
  id: 'bench',
  secret: randomBytes(32).toString('base64'),
  iterations: CARD_KEY_ITERATIONS,
};

// One warm-up guess (Web Crypto's first call loads OpenSSL's PBKDF2), then one at a time: awaiting
// each before the next keeps the work on one core, as one attacker's thread would be.
await cardKeyOf('00000000', key);
const times: number[] = [];
const walls: number[] = [];
for (let i = 0; i < GUESSES; i++) {
  const guess = String(10_000 + i);
  // CPU time, not wall time: Web Crypto runs PBKDF2 on libuv's pool, and other work on a busy
  // machine would otherwise count as the guess's cost.
  const started = process.cpuUsage();
  const wallStart = performance.now();
  await cardKeyOf(guess, key);
  walls.push(performance.now() - wallStart);
  const used = process.cpuUsage(started);
  times.push((used.user + used.system) / 1000);
}
times.sort((a, b) => a - b);
walls.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] ?? 0;
const fastest = times[0] ?? 0;
const result = {
  at: new Date().toISOString(),
  cpu: os.cpus()[0]?.model ?? 'unknown',
  node: process.version,
  iterations: CARD_KEY_ITERATIONS,
  guesses: GUESSES,
  msPerGuess: { fastest: Math.round(fastest), median: Math.round(median) },
  // Wall time on this machine as it was (other work slows it; CPU time above does not count that).
  wallMsPerGuessMedian: Math.round(walls[Math.floor(walls.length / 2)] ?? 0),
  targetMs: TARGET_MS,
  meetsTarget: fastest >= TARGET_MS,
  // What that means for a whole register: trying every 5-digit centre card number once.
  hoursFor100kCards: Math.round(((100_000 * median) / 3_600_000) * 10) / 10,
};

console.log(
  `Card key: PBKDF2-SHA256 × ${CARD_KEY_ITERATIONS}, one core (CPU time), ${GUESSES} guesses`,
);
console.log(
  `  per guess: fastest ${result.msPerGuess.fastest} ms, median ${result.msPerGuess.median} ms (target ≥ ${TARGET_MS} ms: ${result.meetsTarget ? 'met' : 'NOT met'})`,
);
console.log(`  every 5-digit card (100,000 guesses): ${result.hoursFor100kCards} h of one core`);
mkdirSync(dirname(RESULTS), { recursive: true });
writeFileSync(RESULTS, `${JSON.stringify(result, null, 2)}\n`);
console.log(`  → ${RESULTS.replace(`${ROOT}/`, '')}`);
