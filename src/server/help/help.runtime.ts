/**
 * Help's background work in one place, started by createApi: the event feed (logged help events
 * to the bus once committed) and the escalation watcher. Stopped when the server closes.
 */
import type { Kysely } from 'kysely';
import type { CentreConfigReader } from '../config/centre-config';
import type { Database } from '../db/schema';
import type { Clock } from '../db/time';
import type { EventBus } from '../events/bus';
import type { Logger } from '../http/log';
import { type EscalationOptions, EscalationWatcher } from './escalation';
import { HelpEventFeed } from './help.events';

export interface HelpRuntime {
  feed: HelpEventFeed;
  watcher: EscalationWatcher;
  stop(): void;
}

export interface HelpRuntimeDeps {
  db: Kysely<Database>;
  clock: Clock;
  log: Logger;
  events: EventBus;
  centre?: CentreConfigReader | undefined;
  escalation?: EscalationOptions | undefined;
  /** Aborting it stops the watcher (the server's shutdown). */
  signal?: AbortSignal | undefined;
}

export function startHelpRuntime(deps: HelpRuntimeDeps): HelpRuntime {
  const feed = new HelpEventFeed(deps.db, deps.events, deps.log);
  const watcher = new EscalationWatcher({
    db: deps.db,
    clock: deps.clock,
    log: deps.log,
    events: deps.events,
    feed,
    centre: deps.centre,
    options: deps.escalation,
  });
  // Kiosk entries are applied inside the push's transaction: once it is answered they are
  // committed, and their logged events can go out.
  const unsubscribe = deps.events.observe((event) => {
    if (event.type === 'sync.pushed' && event.accepted > 0) void feed.pump();
  });
  watcher.start();
  const stop = () => {
    unsubscribe();
    watcher.stop();
  };
  if (deps.signal?.aborted) stop();
  else deps.signal?.addEventListener('abort', stop, { once: true });
  return { feed, watcher, stop };
}
