/** The shape of one named example state, shared by the showcase, the DOM tests and axe runs. */
import type { VNode } from 'preact';
import { runtimeKey, t } from '../../../i18n';

/** One named example of a component, e.g. `big-button--primary`. */
export interface KitState {
  id: string;
  component: string;
  state: string;
  render: () => VNode;
  /** The state draws its own <main> and <h1> (a whole Screen), so the showcase must not wrap it. */
  ownsPage?: boolean;
}

/** Names a component's states `<slug>--<state>`. */
export function defineStates(
  component: string,
  slug: string,
  renders: Record<string, () => VNode>,
  ownsPage = false,
): KitState[] {
  return Object.entries(renders).map(([state, render]) => ({
    id: `${slug}--${state}`,
    component,
    state,
    render,
    ...(ownsPage ? { ownsPage } : {}),
  }));
}

/** Sample text for the examples, translated like any other words on screen. */
export function sample(key: string, options?: Record<string, unknown>): string {
  return t(runtimeKey(`kit.showcase.sample.${key}`), options);
}

/** A press handler for examples: nothing to do. */
export const ignore = (): void => {};
