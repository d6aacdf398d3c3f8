/** /api/audit: the audit log for admins, as JSON pages or one CSV download. */
import { Hono } from 'hono';
import type { ApiDeps } from '../http/deps';
import { describeError } from '../http/log';
import { validQuery } from '../http/validate';
import { requireRole, type StaffEnv } from '../staff/session.middleware';
import { auditCsvHeader, auditCsvRecord, UTF8_BOM } from './audit.csv';
import type { AuditFilter } from './audit.repository';
import { AuditQuery } from './audit.schemas';
import { eachAuditRow, listAudit } from './audit.service';

const CSV_ROWS_PER_CHUNK = 200;

/** The CSV download, streamed so a long log is never held in memory whole. */
function csvStream({ db, log }: ApiDeps, filter: AuditFilter): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const rows = eachAuditRow(db, filter);
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(UTF8_BOM + auditCsvHeader()));
    },
    async pull(controller) {
      try {
        let chunk = '';
        for (let i = 0; i < CSV_ROWS_PER_CHUNK; i++) {
          const next = await rows.next();
          if (next.done) {
            if (chunk) controller.enqueue(encoder.encode(chunk));
            controller.close();
            return;
          }
          chunk += auditCsvRecord(next.value);
        }
        controller.enqueue(encoder.encode(chunk));
      } catch (error) {
        // The status line has gone already; all we can do is log and cut the download short.
        log({ level: 'error', msg: 'audit csv export failed', error: describeError(error) });
        controller.error(error);
      }
    },
    async cancel() {
      await rows.return(undefined);
    },
  });
}

/** The routes under /api/audit (admin only). Needs `staffSession` in front (createApi does that). */
export function auditRoutes(deps: ApiDeps) {
  return new Hono<StaffEnv>().get('/', requireRole('admin'), validQuery(AuditQuery), async (c) => {
    const { limit, cursor, format, ...filter } = c.req.valid('query');
    if (format === 'csv') {
      const day = deps.clock().toISOString().slice(0, 10);
      return c.body(csvStream(deps, filter), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="audit-${day}.csv"`,
      });
    }
    return c.json(await listAudit(deps.db, filter, { cursor, limit }), 200);
  });
}
