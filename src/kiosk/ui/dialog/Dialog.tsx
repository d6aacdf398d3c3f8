import './dialog.css';
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';

/** Props of Dialog. */
export interface DialogProps {
  title: string;
  message: string;
  /** The action buttons (BigButtons), laid out at the bottom centre. */
  children: ComponentChildren;
}

const FOCUSABLE = 'button:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

/** The kit's only pop-up (the idle warning): modal, focus kept inside, buttons bottom-centre. */
export function Dialog({ title, message, children }: DialogProps) {
  const uid = useId();
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    const first = box.current?.querySelector<HTMLElement>(FOCUSABLE);
    (first ?? box.current)?.focus();
    // Give focus back where it was, so a keyboard or screen-reader user is not lost.
    return () => before?.focus?.();
  }, []);

  // Tab cycles inside the dialog: nothing behind it can be reached while it is open.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Tab' || !box.current) return;
    const items = [...box.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return e.preventDefault();
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  return (
    <div class="dialog__backdrop">
      <div
        ref={box}
        class="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`${uid}-title`}
        aria-describedby={`${uid}-message`}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <h2 class="dialog__title" id={`${uid}-title`}>
          {title}
        </h2>
        <p class="dialog__message" id={`${uid}-message`}>
          {message}
        </p>
        <div class="dialog__actions">{children}</div>
      </div>
    </div>
  );
}
