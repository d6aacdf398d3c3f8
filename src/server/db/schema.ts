/** Every table the centre server stores, for Kysely's typed queries. One table file per feature. */
import type { AuditLogTable } from '../audit/audit.table';
import type { LoginAttemptTable, StaffAccountTable, StaffSessionTable } from '../staff/staff.table';

export interface Database {
  staff_accounts: StaffAccountTable;
  staff_sessions: StaffSessionTable;
  login_attempts: LoginAttemptTable;
  audit_log: AuditLogTable;
}
