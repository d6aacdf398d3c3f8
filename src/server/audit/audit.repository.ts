/** All SQL for the audit log. The first argument is the database or the caller's transaction. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { AuditLogRow, AuditLogTable } from './audit.table';

/** Which entries to read; `from` inclusive, `to` exclusive. */
export interface AuditFilter {
  from?: string | undefined;
  to?: string | undefined;
  action?: string | undefined;
  actorId?: string | undefined;
  subjectType?: string | undefined;
  subjectId?: string | undefined;
}

/** A position in the newest-first order: the last entry already read. */
export interface AuditPosition {
  at: string;
  id: string;
}

/** Appends one entry. */
export async function insertAuditEntry(db: Kysely<Database>, row: AuditLogTable): Promise<void> {
  await db.insertInto('audit_log').values(row).execute();
}

/**
 * Up to `limit` entries, newest first, strictly after `after` in that order. Keyset paging
 * (not OFFSET) keeps pages stable while new entries arrive and stays fast deep in the log.
 */
export async function selectAuditPage(
  db: Kysely<Database>,
  filter: AuditFilter,
  after: AuditPosition | undefined,
  limit: number,
): Promise<AuditLogRow[]> {
  let query = db.selectFrom('audit_log').selectAll();
  if (filter.from) query = query.where('at', '>=', filter.from);
  if (filter.to) query = query.where('at', '<', filter.to);
  if (filter.action) query = query.where('action', '=', filter.action);
  if (filter.actorId) query = query.where('actor_id', '=', filter.actorId);
  if (filter.subjectType) query = query.where('subject_type', '=', filter.subjectType);
  if (filter.subjectId) query = query.where('subject_id', '=', filter.subjectId);
  if (after)
    query = query.where((eb) =>
      eb.or([eb('at', '<', after.at), eb.and([eb('at', '=', after.at), eb('id', '<', after.id)])]),
    );
  return query.orderBy('at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}
