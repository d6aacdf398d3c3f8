/** Staff accounts as CSV (admin), in the audit export's Excel-safe format; never a password. */
import { csvRecord } from '../lib/csv';
import type { StaffAccountView } from './staff.service';

const COLUMNS = ['username', 'name', 'role', 'disabled', 'locked_until', 'created_at'] as const;

export function staffCsv(accounts: readonly StaffAccountView[]): string {
  return (
    csvRecord(COLUMNS) +
    accounts
      .map((a) =>
        csvRecord([
          a.username,
          a.name,
          a.role,
          a.disabled ? 'yes' : 'no',
          a.lockedUntil,
          a.createdAt,
        ]),
      )
      .join('')
  );
}
