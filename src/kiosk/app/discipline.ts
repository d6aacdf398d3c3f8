/**
 * Kiosk discipline: no context menu, no text selection, no pinch or keyboard zoom, no dragging —
 * nothing a stray palm or a shaky hand can do that leaves the kiosk in a strange state.
 */
export function enforceKioskDiscipline(doc: Document = document): void {
  const block = (e: Event) => e.preventDefault();
  doc.addEventListener('contextmenu', block);
  doc.addEventListener('selectstart', block);
  doc.addEventListener('dragstart', block);
  // Safari's pinch events; Chromium's pinch arrives as ctrl+wheel or multi-touch moves.
  doc.addEventListener('gesturestart', block);
  doc.addEventListener(
    'wheel',
    (e) => {
      if (e.ctrlKey) e.preventDefault();
    },
    { passive: false },
  );
  doc.addEventListener(
    'touchmove',
    (e) => {
      if (e.touches.length > 1) e.preventDefault();
    },
    { passive: false },
  );
  doc.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && ['+', '-', '=', '0'].includes(e.key)) e.preventDefault();
  });
}

/** Ask the browser not to evict the kiosk's offline data (the outbox must survive). */
export async function requestPersistentStorage(): Promise<boolean | 'unknown'> {
  if (!navigator.storage?.persist) return 'unknown';
  try {
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return 'unknown';
  }
}
