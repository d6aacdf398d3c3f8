/**
 * What the kit needs from the app: touch discipline settings and the voice. The app provides it
 * once at the root; without a provider the kit uses safe defaults (600 ms, silent, no voice).
 */
import { type ComponentChildren, createContext } from 'preact';
import { useContext, useMemo, useRef } from 'preact/hooks';

/** The app's side of the kit: settings and callbacks every target uses. */
export interface KioskUi {
  /** A repeat of the same target within this many ms is ignored (elder-ux: 300–1500, default 600). */
  repeatIgnoreMs: number;
  /** Play a short click on every accepted press. */
  clickSound: boolean;
  /** Called on every pointerdown anywhere in the kit: the app stops speech and resets idle. */
  onTouch: () => void;
  /** Say a text aloud (already translated). */
  speak: (text: string) => void;
}

/** The kit's defaults when no provider is present. */
export const DEFAULT_KIOSK_UI: KioskUi = {
  repeatIgnoreMs: 600,
  clickSound: false,
  onTouch: () => {},
  speak: () => {},
};

/** The last press that acted: when, on which element, as which target. */
export interface AcceptedPress {
  at: number;
  el: Element;
  id: string;
}

/** Internal: the settings plus when each target id last acted, shared by the whole tree. */
export interface KioskUiInternal extends KioskUi {
  lastPressAt: Map<string, number>;
  lastAccepted: { current: AcceptedPress | null };
}

const Ctx = createContext<KioskUiInternal>({
  ...DEFAULT_KIOSK_UI,
  lastPressAt: new Map(),
  lastAccepted: { current: null },
});

/** Provides the kit's settings and voice to every component below it. */
export function KioskUiProvider(props: Partial<KioskUi> & { children?: ComponentChildren }) {
  const { repeatIgnoreMs, clickSound, onTouch, speak, children } = props;
  // Kept across renders so a re-rendered tree (or a remounted button) still remembers presses.
  const lastPressAt = useRef(new Map<string, number>()).current;
  const lastAccepted = useRef<AcceptedPress | null>(null);
  const value = useMemo<KioskUiInternal>(
    () => ({
      repeatIgnoreMs: repeatIgnoreMs ?? DEFAULT_KIOSK_UI.repeatIgnoreMs,
      clickSound: clickSound ?? DEFAULT_KIOSK_UI.clickSound,
      onTouch: onTouch ?? DEFAULT_KIOSK_UI.onTouch,
      speak: speak ?? DEFAULT_KIOSK_UI.speak,
      lastPressAt,
      lastAccepted,
    }),
    [repeatIgnoreMs, clickSound, onTouch, speak, lastPressAt, lastAccepted],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

/** The kit's settings and voice. */
export function useKioskUi(): KioskUi {
  return useContext(Ctx);
}

/** Internal: the settings plus the press memory, for usePress. */
export function useKioskUiInternal(): KioskUiInternal {
  return useContext(Ctx);
}
