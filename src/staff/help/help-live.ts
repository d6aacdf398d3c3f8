/**
 * The console's picture of help calls (emergencies and calls for staff): every call not yet closed, read from
 * /api/help/calls?active=1 on each (re)connect of the event stream and kept current by its
 * `help.call` events. The alert on every page and the calls page both read it.
 */
import { batch, computed, signal } from '@preact/signals';
import { HelpApi } from '../../shared/help/api';
import type { HelpCallView, ServiceRequestView } from '../../shared/help/api-types';
import { call } from '../api/client';

/** Calls still open or acknowledged, by id. */
export const activeCalls = signal<Record<string, HelpCallView>>({});
/** Why the last read of the active calls failed (null when it did not). */
export const activeCallsError = signal<unknown>(null);
/** Bumped on every help event: pages listing past calls or the request queue read again. */
export const callsVersion = signal(0);
export const requestsVersion = signal(0);

/** Emergencies before calls for staff: a "please come" never pushes an emergency down the list. */
export function urgencyFirst(a: HelpCallView, b: HelpCallView): number {
  return (a.kind === 'emergency' ? 0 : 1) - (b.kind === 'emergency' ? 0 : 1);
}

/** Calls nobody has acknowledged yet, emergencies first, each kind oldest first: the alert's list. */
export const unacknowledged = computed(() =>
  Object.values(activeCalls.value)
    .filter((c) => c.status === 'open')
    .sort((a, b) => urgencyFirst(a, b) || a.receivedAt.localeCompare(b.receivedAt)),
);

/** Emergencies nobody has acknowledged: what the alarm rings for (a call for staff rings nothing). */
export const unacknowledgedEmergencies = computed(() =>
  unacknowledged.value.filter((c) => c.kind === 'emergency'),
);

const CLOSED: readonly HelpCallView['status'][] = ['resolved', 'false-alarm', 'cancelled'];
const STAGE: Record<HelpCallView['status'], number> = {
  open: 0,
  acknowledged: 1,
  resolved: 2,
  'false-alarm': 2,
  cancelled: 2,
};

/** Ids seen closed: a slower read that still lists one as open must not bring its alert back. */
const closed = new Set<string>();
/** Ids changed by events since the current read began (that read may not know them yet). */
let touched: Set<string> | null = null;

/**
 * The further along of two views of one call: a call only moves forward (open → acknowledged →
 * closed), and the server's version counts every other change (escalation, presses, each
 * escalation try), so an older answer never undoes a newer event.
 */
export function newer(a: HelpCallView | undefined, b: HelpCallView): HelpCallView {
  if (!a) return b;
  if (STAGE[b.status] !== STAGE[a.status]) return STAGE[b.status] > STAGE[a.status] ? b : a;
  // The server counts every change of a call; views from before versions existed tie at 0.
  return (b.version ?? 0) >= (a.version ?? 0) ? b : a;
}

/** One call's new state, from an event or an answer to this console's own action. */
export function applyCall(call: HelpCallView): void {
  touched?.add(call.id);
  const next = { ...activeCalls.value };
  const merged = newer(next[call.id], call);
  if (CLOSED.includes(merged.status)) {
    closed.add(call.id);
    delete next[call.id];
  } else if (!closed.has(call.id)) {
    next[call.id] = merged;
  }
  batch(() => {
    activeCalls.value = next;
    callsVersion.value += 1;
  });
}

/** A service request changed (new, assigned, a note): lists showing requests read again. */
export function applyRequest(_request: ServiceRequestView): void {
  requestsVersion.value += 1;
}

/** Reads the active calls again (first paint and every reconnect, so nothing missed stays missed). */
export async function refreshActiveCalls(): Promise<void> {
  const changedMeanwhile = new Set<string>();
  touched = changedMeanwhile;
  try {
    const { calls } = await call(HelpApi.calls, { query: { active: '1' } });
    const next: Record<string, HelpCallView> = {};
    for (const call of calls) {
      const merged = newer(activeCalls.value[call.id], call);
      if (!CLOSED.includes(merged.status) && !closed.has(call.id)) next[call.id] = merged;
    }
    // Calls an event brought while this read was under way stay, whatever the answer said.
    for (const id of changedMeanwhile) {
      const call = activeCalls.value[id];
      if (call) next[id] = newer(next[id], call);
    }
    batch(() => {
      activeCalls.value = next;
      activeCallsError.value = null;
      callsVersion.value += 1;
    });
  } catch (error) {
    activeCallsError.value = error;
  } finally {
    if (touched === changedMeanwhile) touched = null;
  }
}

/** "I'm on it": the server names this staff member to the kiosk and every other console. */
export async function acknowledgeCall(id: string): Promise<void> {
  applyCall(await call(HelpApi.ack, { params: { id } }));
}

/** Forgets every call (sign-out): the next person signs in to a fresh read. */
export function clearHelpCalls(): void {
  closed.clear();
  touched = null;
  activeCalls.value = {};
  activeCallsError.value = null;
}
