/**
 * A small stack router: screens are named, Back pops, Home returns to the home screen.
 * Every move stops speech first (elder-UX: speech stops on any navigation) and marks the time,
 * so the benchmark can measure tap → next screen.
 */
import { computed, signal } from '@preact/signals';
import type { ClassScreenId } from '../flows/classes/screens';
import type { SubsidyScreenId } from '../flows/subsidies/screens';

export type ScreenId =
  | 'attract'
  | 'home'
  | 'about'
  | 'activities'
  | 'language'
  | 'call-staff'
  | 'emergency'
  | 'staff-pin'
  | 'staff'
  | 'staff-enroll'
  | 'identify'
  | 'meals'
  | 'meals-day'
  | 'meals-menu'
  | 'meals-where'
  | 'meals-confirm'
  | 'meals-price'
  | 'meals-saved'
  | 'meals-mine'
  | 'meals-cancel'
  | 'help'
  | 'help-more'
  | 'help-when'
  | 'help-where'
  | 'help-who'
  | 'help-confirm'
  | 'help-sent'
  | 'help-mine'
  | 'help-cancel'
  | SubsidyScreenId
  | 'lessons'
  | 'lesson'
  | ClassScreenId;

export interface Route {
  id: ScreenId;
  /** A counter so re-entering the same screen still re-runs its entry prompt. */
  key: number;
}

let nextKey = 1;
const stack = signal<Route[]>([{ id: 'attract', key: 0 }]);

export const route = computed<Route>(() => stack.value[stack.value.length - 1] as Route);
export const canGoBack = computed(() => stack.value.length > 1 && route.value.id !== 'home');

type Listener = (to: Route) => void;
const listeners = new Set<Listener>();
/** Run something on every navigation (the voice stops, the idle timer restarts). */
export function onNavigate(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function go(next: Route[]) {
  performance.mark('nav-start');
  stack.value = next;
  for (const l of listeners) l(route.value);
}

export function navigate(id: ScreenId): void {
  go([...stack.value, { id, key: nextKey++ }]);
}

/** Replace the current screen (a step that should not be returned to, like a PIN screen). */
export function replace(id: ScreenId): void {
  go([...stack.value.slice(0, -1), { id, key: nextKey++ }]);
}

export function back(): void {
  if (stack.value.length > 1) go(stack.value.slice(0, -1));
}

export function home(): void {
  go([{ id: 'home', key: nextKey++ }]);
}

export function toAttract(): void {
  go([{ id: 'attract', key: nextKey++ }]);
}

/**
 * Home, then these screens: after a step that must not be returned to by Back (a saved booking
 * must not lead back to its confirmation), Back goes where the elder would expect instead.
 */
export function rebase(ids: ScreenId[]): void {
  go([{ id: 'home', key: nextKey++ }, ...ids.map((id) => ({ id, key: nextKey++ }))]);
}
