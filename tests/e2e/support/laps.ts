/**
 * Where a check's time goes, for E2E_TRACE=1: `lap('axe')` after each step, then `print(label)`
 * writes "label: settle 150, axe 700, … ms" (nothing without E2E_TRACE).
 */
export function lapTimer() {
  let last = performance.now();
  const laps: string[] = [];
  return {
    lap(what: string): void {
      const now = performance.now();
      laps.push(`${what} ${Math.round(now - last)}`);
      last = now;
    },
    print(label: string): void {
      if (process.env.E2E_TRACE) console.log(`[trace] ${label}: ${laps.join(', ')} ms`);
    },
  };
}
