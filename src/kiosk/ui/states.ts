/**
 * Every named example state of the kit, in one list: the showcase renders them, the DOM tests
 * render each one, and the browser tests run axe and screenshots over them.
 */
import { bigButtonStates } from './big-button/BigButton.states';
import { choiceGridStates } from './choice-grid/ChoiceGrid.states';
import { confirmStates } from './confirm/Confirm.states';
import { dialogStates } from './dialog/Dialog.states';
import { iconStates } from './icon/Icon.states';
import { keypadStates } from './keypad/Keypad.states';
import { problemStates } from './problem/Problem.states';
import { screenStates } from './screen/Screen.states';
import { scrollAreaStates } from './scroll-area/ScrollArea.states';
import type { KitState } from './showcase/kit-state';
import { successStates } from './success/Success.states';

export type { KitState } from './showcase/kit-state';

/** All example states, ids unique, e.g. `big-button--primary`. */
export const KIT_STATES: KitState[] = [
  ...iconStates,
  ...bigButtonStates,
  ...choiceGridStates,
  ...keypadStates,
  ...confirmStates,
  ...successStates,
  ...problemStates,
  ...dialogStates,
  ...scrollAreaStates,
  ...screenStates,
];
