/**
 * The simulated phone: a phone frame with a status bar and the step's screen drawn from data
 * (shared/lessons/schema.ts), larger than life so every item is a kiosk-sized target (≥ 96 px).
 * Touching the step's target the way the step asks (tap, press-and-hold, drag onto another item)
 * calls `onDone`; anything else calls `onMiss` with what was touched, never a sound of failure.
 * The hint ladder shows here: L2 a pulsing arrow and a hand on the target, L3 every other item
 * greyed out (and not touchable), and "watch me" a hand that presses the target.
 */
import type { TargetedPointerEvent } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { localText, t } from '../../../i18n';
import type {
  Gesture,
  PhoneElement,
  PhoneIcon,
  PhoneItem,
  PhoneScreen,
} from '../../../shared/lessons/schema';
import { usePress } from '../../ui/press/usePress';
import { type HintLevel, HOLD_MS } from './ladder';
import { PHONE_PICTURES } from './phone-icons';
import './phone.css';

/** What a failed hold or drag was: too short a hold, or a drag let go off the drop item. */
export type MissKind = 'wrong' | 'short';

export interface PhoneProps {
  screen: PhoneScreen;
  target: string;
  gesture: Gesture;
  dropOn?: string | undefined;
  level: HintLevel;
  /** A hold or drag may be done with a plain tap (after the second miss). */
  plainTap: boolean;
  /** "Watch me do it" is playing: a hand presses the target. */
  replaying: boolean;
  onDone: () => void;
  onMiss: (touched: PhoneItem | undefined, kind: MissKind) => void;
}

function Picture({ icon, tile = true }: { icon: PhoneIcon; tile?: boolean }) {
  const picture = PHONE_PICTURES[icon];
  return (
    <svg
      class={tile ? 'phone-pic phone-pic--tile' : 'phone-pic'}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      style={tile ? { background: picture.tile } : undefined}
    >
      {picture.paths.map((d) => (
        <path
          key={d}
          d={d}
          fill="none"
          stroke="currentColor"
          stroke-width="2"
          stroke-linecap="round"
          stroke-linejoin="round"
        />
      ))}
    </svg>
  );
}

/** The hand of L2 (and of the replay), drawn on the target. */
function Hand({ replay }: { replay: boolean }) {
  return (
    <span class={replay ? 'phone-hint phone-hint--replay' : 'phone-hint'} aria-hidden="true">
      <svg class="phone-hint__hand" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path
          d="M9 11V4.5a1.5 1.5 0 0 1 3 0V10m0-1.5a1.5 1.5 0 0 1 3 0V11m0-1a1.5 1.5 0 0 1 3 0v4.5A6.5 6.5 0 0 1 11.5 21h-.8a6 6 0 0 1-4.6-2.2L3.4 15.5a1.6 1.6 0 0 1 2.4-2.1L9 16"
          stroke-width="1.8"
          stroke-linejoin="round"
          stroke-linecap="round"
        />
      </svg>
    </span>
  );
}

/**
 * L2's pulsing arrow, outside the phone beside the target's row, pointing at it: drawn over the
 * phone it would cover the words of the items around the target.
 */
function Arrow({ watch }: { watch: unknown[] }) {
  const self = useRef<SVGSVGElement>(null);
  const [top, setTop] = useState<number | null>(null);
  useLayoutEffect(() => {
    const figure = self.current?.closest('.phone');
    const place = () => {
      const frame = figure?.getBoundingClientRect();
      const box = figure?.querySelector('[data-target]')?.getBoundingClientRect();
      setTop(frame && box ? box.top + box.height / 2 - frame.top : null);
    };
    place();
    // The phone grows with the text size and the window: follow the target.
    if (typeof ResizeObserver === 'undefined' || !figure) return;
    const observer = new ResizeObserver(place);
    observer.observe(figure);
    return () => observer.disconnect();
  }, watch);
  return (
    <svg
      ref={self}
      class="phone-arrow"
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      style={top === null ? { visibility: 'hidden' } : { insetBlockStart: `${top}px` }}
    >
      <path d="M22 12H6M12 5l-7 7 7 7" fill="none" stroke-width="3.5" stroke-linecap="round" />
    </svg>
  );
}

type Ref = { current: HTMLElement | null };

interface ItemProps extends Omit<PhoneProps, 'screen'> {
  item: PhoneItem;
  kind: PhoneElement['kind'];
  /** Every item of the screen, to find the drop item's box. */
  phone: Ref;
}

function Item({ item, kind, phone, ...p }: ItemProps) {
  const isTarget = item.id === p.target;
  const special = isTarget && p.gesture !== 'tap' && !p.plainTap;
  const greyed = p.level === 3 && !isTarget;
  const press = usePress(() => (isTarget ? p.onDone() : p.onMiss(item, 'wrong')), {
    id: `phone-${item.id}`,
    disabled: greyed,
  });
  const held = useRef<{ timer: number; x: number; y: number; done: boolean } | null>(null);
  const el = useRef<HTMLButtonElement>(null);
  const settle = () => {
    if (held.current) window.clearTimeout(held.current.timer);
    held.current = null;
    if (el.current) el.current.style.transform = '';
    el.current?.removeAttribute('data-pressed');
  };
  // A hold or a drag: the gesture the real phone needs, taught as such (usePress acts on a tap).
  const gestureProps = {
    onPointerDown(e: TargetedPointerEvent<HTMLButtonElement>) {
      const button = e.currentTarget;
      button.setPointerCapture?.(e.pointerId);
      button.setAttribute('data-pressed', '');
      const timer =
        p.gesture === 'hold'
          ? window.setTimeout(() => {
              if (held.current) held.current.done = true;
              settle();
              p.onDone();
            }, HOLD_MS)
          : 0;
      held.current = { timer, x: e.clientX, y: e.clientY, done: false };
    },
    onPointerMove(e: TargetedPointerEvent<HTMLButtonElement>) {
      if (p.gesture !== 'drag' || !held.current) return;
      e.currentTarget.style.transform = `translate(${e.clientX - held.current.x}px, ${e.clientY - held.current.y}px)`;
    },
    onPointerUp(e: TargetedPointerEvent<HTMLButtonElement>) {
      if (!held.current) return;
      settle();
      if (p.gesture === 'drag') {
        const drop = phone.current?.querySelector(`[data-item="${p.dropOn}"]`);
        const box = drop?.getBoundingClientRect();
        const onDrop =
          box &&
          e.clientX >= box.left &&
          e.clientX <= box.right &&
          e.clientY >= box.top &&
          e.clientY <= box.bottom;
        if (onDrop) p.onDone();
        else p.onMiss(item, 'short');
      } else p.onMiss(item, 'short');
    },
    onPointerCancel: settle,
    onKeyDown(e: KeyboardEvent) {
      // Keys cannot hold or drag: a key press counts as too short, so the plain tap is offered.
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        if (!e.repeat) p.onMiss(item, 'short');
      }
    },
    onContextMenu(e: MouseEvent) {
      e.preventDefault();
    },
  };
  const hinted = isTarget && p.level >= 2;
  return (
    <button
      ref={el}
      type="button"
      class={`phone-item phone-item--${kind}${item.from ? ` phone-item--${item.from}` : ''}${hinted ? ' phone-item--hinted' : ''}`}
      data-item={item.id}
      data-target={isTarget ? '' : undefined}
      disabled={greyed}
      {...(special ? gestureProps : press)}
    >
      {item.icon && <Picture icon={item.icon} tile={kind === 'appGrid' || kind === 'call'} />}
      <span class="phone-item__text">
        <span class="phone-item__label">{localText(item.label)}</span>
        {item.detail && <span class="phone-item__detail">{localText(item.detail)}</span>}
      </span>
      {item.switch !== undefined && (
        <span class={`phone-switch${item.switch ? ' phone-switch--on' : ''}`} aria-hidden="true" />
      )}
      {(hinted || (isTarget && p.replaying)) && <Hand replay={p.replaying && !hinted} />}
    </button>
  );
}

/** A drawn QR code (not a real one): the shape an elder learns to recognise. */
function DrawnQr() {
  const cells = [0b1110111, 0b1010101, 0b1110111, 0b0001000, 0b1101011, 0b0110110, 0b1011101];
  return (
    <svg class="phone-qr" viewBox="0 0 7 7" aria-hidden="true" focusable="false">
      {cells.flatMap((row, y) =>
        [...Array(7).keys()]
          .filter((x) => (row >> (6 - x)) & 1)
          .map((x) => <rect key={`${x}-${y}`} x={x} y={y} width="1" height="1" />),
      )}
    </svg>
  );
}

function Element({ element, ...p }: { element: PhoneElement } & Omit<ItemProps, 'item' | 'kind'>) {
  const items = element.items ?? [];
  return (
    <div class={`phone-el phone-el--${element.kind}`}>
      {element.kind === 'camera' && <div class="phone-viewfinder" aria-hidden="true" />}
      {element.kind === 'map' && <div class="phone-map" aria-hidden="true" />}
      {element.title && <p class="phone-el__title">{localText(element.title)}</p>}
      {element.body && <p class="phone-el__body">{localText(element.body)}</p>}
      {element.kind === 'pay' && <DrawnQr />}
      {items.length > 0 && (
        <div class="phone-el__items">
          {items.map((item) => (
            <Item key={item.id} item={item} kind={element.kind} {...p} />
          ))}
        </div>
      )}
    </div>
  );
}

/** The phone, its status bar and the step's screen. */
export function Phone({ screen, ...p }: PhoneProps) {
  const phone = useRef<HTMLDivElement>(null);
  // A touch on the screen but on no item is a miss too ("you tapped an empty place"); only one
  // that also began on this screen, not the lifting of a finger that held the last step's target.
  const downHere = useRef(false);
  const onBackground = (e: TargetedPointerEvent<HTMLDivElement>) => {
    const began = downHere.current;
    downHere.current = false;
    if (began && !(e.target as Element).closest('.phone-item')) p.onMiss(undefined, 'wrong');
  };
  return (
    <figure
      class={`phone${p.level === 3 ? ' phone--greyed' : ''}`}
      aria-label={t('lessons.step.phone')}
    >
      <div class="phone__status" aria-hidden="true">
        <span>{screen.time ?? '09:41'}</span>
        <span class="phone__signal">
          <i />
          <i />
          <i />
          <i />
        </span>
      </div>
      <div
        class="phone__screen"
        ref={phone}
        onPointerDown={() => {
          downHere.current = true;
        }}
        onPointerUp={onBackground}
      >
        {screen.elements.map((element, i) => (
          // Elements have no id of their own; their place on a step's screen never changes.
          <Element key={i} element={element} {...p} phone={phone} />
        ))}
      </div>
      {p.level >= 2 && <Arrow watch={[p.level, p.target, screen]} />}
    </figure>
  );
}
