/**
 * The admin's help report for a month (centre days): calls per day by outcome, time to
 * acknowledge and to resolve (median, p90: the "24-hour emergency response" figure), and service
 * requests by category and status.
 */
import type { Kysely } from 'kysely';
import { centreClock } from '../../shared/centre/clock';
import { zonedInstant } from '../../shared/centre/zoned';
import type { HelpReport } from '../../shared/help/api-types';
import type { ServiceStatus } from '../../shared/help/changes';
import { summarizeDurations } from '../../shared/help/stats';
import type { Database } from '../db/schema';
import { countRequestsByCategory, selectReportCalls } from './help.repository';
import { secondsBetween } from './help.views';

/** "YYYY-MM" → the first day of the next month. */
function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

function daysOf(month: string): string[] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const count = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return Array.from({ length: count }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`);
}

export async function helpReport(
  db: Kysely<Database>,
  month: string,
  timeZone: string,
): Promise<HelpReport> {
  const start = zonedInstant(`${month}-01`, '00:00', timeZone).toISOString();
  const end = zonedInstant(nextMonth(month), '00:00', timeZone).toISOString();
  const calls = await selectReportCalls(db, start, end);
  const days = new Map(
    daysOf(month).map((day) => [
      day,
      { day, calls: 0, cancelledInWindow: 0, falseAlarms: 0, escalated: 0 },
    ]),
  );
  const toAck: number[] = [];
  const toResolve: number[] = [];
  for (const c of calls) {
    const d = days.get(centreClock(new Date(c.received_at), timeZone).date);
    if (!d) continue;
    if (c.status === 'cancelled') {
      d.cancelledInWindow += 1;
      continue;
    }
    d.calls += 1;
    if (c.status === 'false-alarm') d.falseAlarms += 1;
    if (c.escalated_at !== null) d.escalated += 1;
    if (c.ack_at !== null) toAck.push(secondsBetween(c.received_at, c.ack_at));
    if (c.status === 'resolved' && c.closed_at !== null)
      toResolve.push(secondsBetween(c.received_at, c.closed_at));
  }
  const requests = await countRequestsByCategory(db, start, end);
  return {
    month,
    days: [...days.values()],
    acknowledge: summarizeDurations(toAck),
    resolve: summarizeDurations(toResolve),
    requests: requests.map((r) => ({
      category: r.category,
      status: r.status as ServiceStatus,
      count: Number(r.n),
    })),
  };
}
