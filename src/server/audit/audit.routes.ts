/** /api/audit: the audit log for admins, as JSON pages or one CSV download. */
import { Hono } from 'hono';
import type { Reply } from '../../shared/api/contract';
import { AuditApi } from '../../shared/audit/api';
import { csvStream } from '../http/csv-stream';
import type { ApiDeps } from '../http/deps';
import { validQuery } from '../http/validate';
import { csvHeaders } from '../lib/csv';
import { requirePermission, type StaffEnv } from '../staff/session.middleware';
import { auditCsvHeader, auditCsvRecord } from './audit.csv';
import { eachAuditRow, listAudit } from './audit.service';

/** The routes under /api/audit (admin only). Needs `staffSession` in front (createApi does that). */
export function auditRoutes(deps: ApiDeps) {
  return new Hono<StaffEnv>().get(
    '/',
    requirePermission('audit.read'),
    validQuery(AuditApi.list.query),
    async (c) => {
      const { limit, cursor, format, ...filter } = c.req.valid('query');
      if (format === 'csv') {
        const day = deps.clock().toISOString().slice(0, 10);
        return c.body(
          csvStream(
            eachAuditRow(deps.db, filter),
            auditCsvHeader(),
            auditCsvRecord,
            deps.log,
            'audit',
          ),
          200,
          csvHeaders(`audit-${day}.csv`),
        );
      }
      const page = await listAudit(deps.db, filter, { cursor, limit });
      return c.json(page satisfies Reply<typeof AuditApi.list>, 200);
    },
  );
}
