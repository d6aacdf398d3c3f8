/**
 * Hash routing (#/members/new): every page has its own address, so the browser's back button
 * and bookmarks work, and the server needs to know only /console.
 */
import { signal } from '@preact/signals';
import { PAGES, type PageId } from './access';

export interface Route {
  page: PageId;
  /** What follows the page: "new", "import", "enroll" or a record's id. */
  rest: string | null;
}

export function parseHash(hash: string): Route {
  const [first, ...rest] = hash.replace(/^#\/?/, '').split('/');
  const page = (PAGES as readonly string[]).includes(first ?? '') ? (first as PageId) : 'dashboard';
  const tail = rest.join('/');
  return { page, rest: tail ? decodeURIComponent(tail) : null };
}

export const route = signal<Route>(parseHash(typeof location === 'undefined' ? '' : location.hash));

/** Starts following the address bar. */
export function startRouter(): void {
  window.addEventListener('hashchange', () => {
    route.value = parseHash(location.hash);
  });
}

/** The link to a page (and optional id or sub-page). */
export function href(page: PageId, rest?: string): string {
  return rest ? `#/${page}/${encodeURIComponent(rest)}` : `#/${page}`;
}

/** Goes to a page, as a link would (a history entry, so back returns). */
export function go(page: PageId, rest?: string): void {
  location.hash = href(page, rest).slice(1);
}
