/**
 * Every CSV export goes on the audit log: the register, the call log and the meal lists leave
 * the centre in these files, so who took which, with which filter, must be on record (issue #11
 * finding 8). One middleware over /api sees every export by its answer (200, text/csv), so a
 * new export route is audited without remembering to.
 */
import type { MiddlewareHandler } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Clock } from '../db/time';
import type { Logger } from '../http/log';
import { describeError } from '../http/log';
import { actorOf } from '../staff/login.service';
import type { StaffEnv } from '../staff/session.middleware';
import { recordAudit } from './audit.service';

/** Middleware: after a CSV answer to a signed-in staff member, records `data.exported`. */
export function auditCsvExports(
  db: Kysely<Database>,
  clock: Clock,
  log: Logger,
): MiddlewareHandler<StaffEnv> {
  return async (c, next) => {
    await next();
    const staff = c.get('staff');
    const type = c.res.headers.get('content-type') ?? '';
    if (c.req.method !== 'GET' || c.res.status !== 200 || !staff || !type.startsWith('text/csv'))
      return;
    const url = new URL(c.req.url);
    // The path after /api names what was exported; the query is the filter.
    const what = url.pathname.replace(/^\/api/, '');
    try {
      await recordAudit(db, {
        at: clock(),
        actor: actorOf(staff),
        action: 'data.exported',
        subject: { type: 'export', id: what },
        details: { filter: Object.fromEntries(url.searchParams) },
      });
    } catch (error) {
      // The file is already on its way; a failed record is logged loudly, not a failed export.
      log({ level: 'error', msg: 'audit: cannot record an export', error: describeError(error) });
    }
  };
}
