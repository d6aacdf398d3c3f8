import './scroll-area.css';
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useId, useRef, useState } from 'preact/hooks';
import { t } from '../../../i18n';
import { BigButton } from '../big-button/BigButton';

/** Props of ScrollArea. */
export interface ScrollAreaProps {
  /** Names the scrolled region. */
  label: string;
  children: ComponentChildren;
}

/** How much of the visible height one arrow press moves: enough to progress, some overlap to keep place. */
export const SCROLL_STEP = 0.8;

interface Edges {
  overflows: boolean;
  atTop: boolean;
  atEnd: boolean;
}

/** Content that may be taller than the space, moved by big Up/Down buttons; no swipe needed. */
export function ScrollArea({ label, children }: ScrollAreaProps) {
  const uid = useId();
  const viewport = useRef<HTMLElement>(null);
  const [edges, setEdges] = useState<Edges>({ overflows: false, atTop: true, atEnd: true });

  const measure = useCallback(() => {
    const el = viewport.current;
    if (!el) return;
    // A pixel of slack: fractional layout sizes must not leave an arrow enabled at the end.
    const overflows = el.scrollHeight - el.clientHeight > 1;
    const next = {
      overflows,
      atTop: el.scrollTop <= 1,
      atEnd: el.scrollTop + el.clientHeight >= el.scrollHeight - 1,
    };
    setEdges((prev) =>
      prev.overflows === next.overflows && prev.atTop === next.atTop && prev.atEnd === next.atEnd
        ? prev
        : next,
    );
  }, []);

  useEffect(() => {
    const el = viewport.current;
    measure();
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, [measure]);

  const step = (direction: 1 | -1) => {
    const el = viewport.current;
    if (!el) return;
    const top = el.scrollTop + direction * SCROLL_STEP * el.clientHeight;
    // Behaviour comes from CSS: smooth so the eye can follow, instant under reduced motion.
    if (typeof el.scrollTo === 'function') el.scrollTo({ top });
    else el.scrollTop = top;
    measure();
  };

  return (
    <div class="scroll-area" data-overflows={edges.overflows || undefined}>
      <section
        ref={viewport}
        class="scroll-area__viewport"
        aria-label={label}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolled region must be reachable by keyboard (axe scrollable-region-focusable)
        tabIndex={0}
        onScroll={measure}
      >
        <div class="scroll-area__content">{children}</div>
      </section>
      {edges.overflows && (
        <div class="scroll-area__arrows">
          <BigButton
            id={`${uid}:up`}
            icon="arrow-up"
            label={t('kit.scroll.up')}
            size="secondary"
            variant="secondary"
            disabled={edges.atTop}
            onPress={() => step(-1)}
          />
          <BigButton
            id={`${uid}:down`}
            icon="arrow-down"
            label={t('kit.scroll.down')}
            size="secondary"
            variant="secondary"
            disabled={edges.atEnd}
            onPress={() => step(1)}
          />
        </div>
      )}
    </div>
  );
}
