/** What every API route factory is given. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Clock } from '../db/time';
import type { Logger } from './log';

export interface ApiDeps {
  db: Kysely<Database>;
  /** Read once per request; tests pass a clock they can move. */
  clock: Clock;
  log: Logger;
  /** Behind a reverse proxy: take the client address from X-Forwarded-For. */
  trustProxy: boolean;
}
