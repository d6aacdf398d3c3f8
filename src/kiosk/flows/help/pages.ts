/**
 * The category screens: at most 6 choices on each (elder-ux). The first holds "my requests"; a
 * screen with more after it gives its last place to "more".
 */
import type { HelpCategory } from '../../../shared/config/help';
import { MAX_CHOICES } from '../../ui/choice-grid/ChoiceGrid';

export interface CategoryPage {
  categories: HelpCategory[];
  /** "My requests" on this page (the first). */
  mine: boolean;
  /** "More" leads to the next page. */
  more: boolean;
}

export function categoryPages(categories: readonly HelpCategory[]): CategoryPage[] {
  const pages: CategoryPage[] = [];
  let rest = [...categories];
  do {
    const mine = pages.length === 0;
    const room = MAX_CHOICES - (mine ? 1 : 0);
    const more = rest.length > room;
    const take = more ? room - 1 : room;
    pages.push({ categories: rest.slice(0, take), mine, more });
    rest = rest.slice(take);
  } while (rest.length > 0);
  return pages;
}
