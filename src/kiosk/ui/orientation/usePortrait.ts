/**
 * Whether the screen is taller than wide, kept up to date. For the few places where the two
 * orientations need a part in a different place, not only a different size: CSS can move a box
 * but not take a button out of the list it belongs to.
 */
import { useEffect, useState } from 'preact/hooks';

const QUERY = '(orientation: portrait)';

/** A page without media queries (jsdom in the DOM tests) is laid out as landscape, the default. */
const query = () => (typeof matchMedia === 'function' ? matchMedia(QUERY) : undefined);

export function usePortrait(): boolean {
  const [portrait, setPortrait] = useState(() => query()?.matches ?? false);
  useEffect(() => {
    const list = query();
    if (!list) return;
    const onChange = () => setPortrait(list.matches);
    onChange();
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  }, []);
  return portrait;
}
