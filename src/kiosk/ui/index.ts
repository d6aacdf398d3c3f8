/**
 * The large-print component kit. Entry points import `./tokens.css` then `./base.css` once;
 * each component brings its own styles.
 */
export { BigButton, type BigButtonProps } from './big-button/BigButton';
export {
  type Choice,
  ChoiceGrid,
  type ChoiceGridProps,
  MAX_CHOICES,
} from './choice-grid/ChoiceGrid';
export { Confirm, type ConfirmProps, type SummaryItem } from './confirm/Confirm';
export {
  DEFAULT_KIOSK_UI,
  type KioskUi,
  KioskUiProvider,
  useKioskUi,
} from './context';
export { Dialog, type DialogProps } from './dialog/Dialog';
export { Icon, type IconProps } from './icon/Icon';
export { ICON_NAMES, type IconName } from './icon/paths';
export { Keypad, type KeypadProps } from './keypad/Keypad';
export { usePortrait } from './orientation/usePortrait';
export { type PressOptions, type PressProps, usePress } from './press/usePress';
export { Problem, type ProblemProps } from './problem/Problem';
export { Screen, type ScreenProps } from './screen/Screen';
export { SCROLL_STEP, ScrollArea, type ScrollAreaProps } from './scroll-area/ScrollArea';
export { Success, type SuccessProps } from './success/Success';
