/** The subsidy register's routes as a test calls them. */
import type { membersApi } from '../members/members-api';

type Api = ReturnType<typeof membersApi>;

/** PUT /api/subsidies/members/:id with `receipts` (sent exactly as given). */
export function putReceipts(
  api: Api,
  headers: Record<string, string>,
  memberId: string,
  receipts: unknown,
) {
  return api.raw(`/api/subsidies/members/${memberId}`, {
    method: 'PUT',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ receipts }),
  });
}
