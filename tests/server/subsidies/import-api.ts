/** The bureau-list routes as a test calls them. */
import type { ImportReport } from '../../../src/shared/subsidies/import-api';
import type { membersApi } from '../members/members-api';

type Api = ReturnType<typeof membersApi>;
type Headers = Record<string, string>;

/** Valid ID numbers (GB 11643 check characters), each born on a demo member's kind of date. */
export const IDS = {
  wang: '11010519491231002X',
  li: '110101194401011233',
  zhang: '440304193802281236',
  stranger: '310112192511014563',
} as const;

/** POST /api/subsidies/imports with a CSV file (text as UTF-8, bytes as they are). */
export function importList(
  api: Api,
  headers: Headers,
  list: string,
  asOf: string,
  file: string | Uint8Array,
  options: { dryRun?: boolean; type?: string } = {},
) {
  const query = `?list=${list}&asOf=${asOf}${options.dryRun ? '&dryRun=1' : ''}`;
  return api.raw(`/api/subsidies/imports${query}`, {
    method: 'POST',
    headers: { ...headers, 'content-type': options.type ?? 'text/csv; charset=utf-8' },
    body: file,
  });
}

/** Imports and reads the report, failing the test unless it was answered 200. */
export async function imported(...args: Parameters<typeof importList>): Promise<ImportReport> {
  const res = await importList(...args);
  if (res.status !== 200) throw new Error(`import answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as ImportReport;
}

/** Sets a member's ID number (throws unless 200). */
export async function setIdNumber(api: Api, headers: Headers, memberId: string, idNumber: string) {
  const res = await api.raw(`/api/members/${memberId}/id-number`, {
    method: 'PUT',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ idNumber }),
  });
  if (res.status !== 200) throw new Error(`id number answered ${res.status}: ${await res.text()}`);
}
