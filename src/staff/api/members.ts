/**
 * The members routes as the console calls them: their bodies' date rules read this computer's
 * day, which is the centre's (the server checks again with its own clock).
 */
import { membersApi } from '../../shared/members/api';

/** Today in this computer's time zone (the centre's), "YYYY-MM-DD". */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const MembersApi = membersApi(today);
