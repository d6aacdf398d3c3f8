/**
 * The help event log: every help.call / help.request event is written to `help_events` in the
 * transaction of the change it reports, and only after that commits is it handed to the bus (by
 * HelpEventFeed), so a console never hears of a change that rolled back, and one that reconnects
 * with Last-Event-ID reads what it missed from the same log, across a restart too.
 */
import type { Kysely } from 'kysely';
import type { HelpCallView, ServiceRequestView } from '../../shared/help/api-types';
import { lockPublishers } from '../db/publish-lock';
import type { Database } from '../db/schema';
import type { EventBus, HelpEvent } from '../events/bus';
import { describeError, type Logger } from '../http/log';
import { insertHelpEvent, lastHelpEventId, selectHelpEventsAfter } from './help.repository';
import type { HelpEventRow } from './help.table';

/** What a help event reports. */
export type HelpEventInput =
  | { type: 'help.call'; view: HelpCallView }
  | { type: 'help.request'; view: ServiceRequestView };

/**
 * Logs one help event inside `trx` (the one that makes the change). On PostgreSQL a bigserial
 * hands out numbers at insert, not at commit; holding the publish lock until commit makes the
 * numbers commit in order, so a reader that has seen N has seen everything below N.
 */
export async function recordHelpEvent(
  trx: Kysely<Database>,
  input: HelpEventInput,
  now: Date,
): Promise<void> {
  await lockPublishers(trx);
  await insertHelpEvent(trx, {
    type: input.type,
    subject_id: input.view.id,
    complaint: input.type === 'help.request' && input.view.complaint ? 1 : 0,
    data: JSON.stringify(input.view),
    created_at: now.toISOString(),
  });
}

/** A stored event as the bus carries it. */
export function toHelpEvent(row: HelpEventRow): HelpEvent {
  const eventId = Number(row.id);
  return row.type === 'help.call'
    ? { type: 'help.call', eventId, call: JSON.parse(row.data) as HelpCallView }
    : { type: 'help.request', eventId, request: JSON.parse(row.data) as ServiceRequestView };
}

const PUMP_PAGE = 500;

/**
 * Hands logged events to the bus once they have committed, in id order, each exactly once per
 * process. Pumped after every console change and escalation here, and after every answered push
 * (the `sync.pushed` event), since the appliers run inside the push's transaction.
 */
export class HelpEventFeed {
  #last: Promise<number>;
  #running: Promise<void> = Promise.resolve();
  /** A pump asked for and not yet started, which later asks join. */
  #queued: Promise<void> | null = null;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly events: EventBus,
    private readonly log: Logger,
  ) {
    // Events logged before this process started are not news: consoles replay them by id.
    this.#last = lastHelpEventId(db).catch((error: unknown) => {
      this.log({
        level: 'error',
        msg: 'help events: cannot read the log',
        error: describeError(error),
      });
      return 0;
    });
  }

  /**
   * Publishes every committed event not yet published; runs one at a time. A pump that has not
   * started yet reads everything committed before it starts, so an ask while one waits joins it
   * (50 pushes in a burst make one or two reads of the log, not 50).
   */
  pump(): Promise<void> {
    if (this.#queued) return this.#queued;
    const run = this.#running.then(() => {
      this.#queued = null;
      return this.#pumpOnce();
    });
    this.#queued = run;
    this.#running = run;
    return run;
  }

  async #pumpOnce(): Promise<void> {
    try {
      let last = await this.#last;
      for (;;) {
        const rows = await selectHelpEventsAfter(this.db, last, PUMP_PAGE, true);
        for (const row of rows) {
          last = Number(row.id);
          this.events.publish(toHelpEvent(row));
        }
        this.#last = Promise.resolve(last);
        if (rows.length < PUMP_PAGE) return;
      }
    } catch (error) {
      // The rows stay logged: the next pump sends them.
      this.log({ level: 'error', msg: 'help events: pump failed', error: describeError(error) });
    }
  }
}
