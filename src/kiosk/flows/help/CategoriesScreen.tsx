/**
 * "What do you need help with?": the centre's categories as icon and words, 6 to a screen at most;
 * the first screen also holds "my requests", and a full one gives its last place to "more".
 */
import './help.css';
import { localText, t } from '../../../i18n';
import { KioskScreen } from '../../app/frame/KioskScreen';
import { navigate, route } from '../../app/router';
import { usePrompt } from '../../app/speech';
import { ChoiceGrid } from '../../ui';
import { identify } from '../identify/identify';
import { useHelp } from './context';
import { startDraft } from './draft';
import { goOn } from './go';
import { HelpMissing } from './HelpMissing';
import { categoryPages } from './pages';

const MINE = '__mine';
const MORE = '__more';

/** Which page each "more" screen shows, by its route key (so Back shows the page it left). */
const pageOfRoute = new Map<number, number>();
let nextPage = 1;

/** The first screen of categories (the "help" job). */
export function CategoriesScreen() {
  return <Categories page={0} />;
}

/** A further screen of categories ("more"). */
export function MoreCategoriesScreen() {
  const key = route.value.key;
  if (!pageOfRoute.has(key)) pageOfRoute.set(key, nextPage);
  return <Categories page={pageOfRoute.get(key) ?? 1} />;
}

function Categories({ page }: { page: number }) {
  const help = useHelp();
  const title = page === 0 ? t('help.categories.title') : t('help.categories.moreTitle');
  usePrompt(page === 0 ? t('help.categories.prompt') : t('help.categories.morePrompt'));
  if (!help) return <HelpMissing missing="config" />;
  const pages = categoryPages(help.categories);
  const shown = pages[Math.min(page, pages.length - 1)] ?? {
    categories: [],
    mine: false,
    more: false,
  };
  const choices = [
    ...shown.categories.map((c) => ({ id: c.id, icon: c.icon, label: localText(c.label) })),
    ...(shown.mine ? [{ id: MINE, icon: 'list' as const, label: t('help.categories.mine') }] : []),
    ...(shown.more
      ? [{ id: MORE, icon: 'arrow-down' as const, label: t('help.categories.more') }]
      : []),
  ];
  return (
    <KioskScreen title={title}>
      <ChoiceGrid
        label={title}
        choices={choices}
        onChoose={(id) => {
          if (id === MINE) identify({ next: 'help-mine', greetedByJob: true });
          else if (id === MORE) {
            nextPage = page + 1;
            navigate('help-more');
          } else {
            startDraft(id);
            goOn(help);
          }
        }}
      />
    </KioskScreen>
  );
}
