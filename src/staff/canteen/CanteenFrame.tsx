/**
 * What both canteen pages share: the heading, the two tabs, where the draft stands, and the
 * publish panel at the bottom. The draft is the settings pages' one (read on the first visit,
 * kept while staff move between pages).
 */
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { t } from '../../i18n';
import type { PageId } from '../app/access';
import { href } from '../app/router';
import { base, loadDraft, loadError } from '../settings/draft';
import { guardUnsavedDraft } from '../settings/leave-guard';
import { ErrorNote } from '../ui/Notice';
import { mealsDirty, mealsDraft, mealsProblems } from './canteen-draft';
import { PublishPanel } from './PublishPanel';
import { loadPhotos, photos } from './photos-api';
import { pageOfProblem } from './problem-pages';
import './canteen.css';

export type CanteenPageId = Extract<PageId, 'canteen-menu' | 'canteen-rules'>;
const TABS: readonly CanteenPageId[] = ['canteen-menu', 'canteen-rules'];

function Tabs({ page }: { page: CanteenPageId }) {
  const all = mealsProblems.value;
  return (
    <nav class="settings__tabs" aria-label={t('canteen.nav.pages')}>
      <ul>
        {TABS.map((p) => {
          const count = all.filter((x) => pageOfProblem(x) === p).length;
          const name = t(`canteen.nav.${p}`);
          return (
            <li key={p}>
              <a href={href(p)} aria-current={p === page ? 'page' : undefined}>
                {count > 0 ? t('canteen.nav.withProblems', { page: name, count }) : name}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function Status() {
  const from = base.value;
  if (!from) return null;
  const count = mealsProblems.value.length;
  return (
    <div class="notice notice--info settings__status" role="status">
      <p>{t('canteen.status.basedOn', { number: from.number })}</p>
      {mealsDirty.value && <p>{t('canteen.status.unpublished')}</p>}
      {count > 0 && <p>{t('canteen.status.problems', { count })}</p>}
    </div>
  );
}

export function CanteenFrame({
  page,
  children,
}: {
  page: CanteenPageId;
  children: ComponentChildren;
}) {
  useEffect(() => {
    guardUnsavedDraft();
    void loadDraft();
    if (photos.value === null) void loadPhotos();
  }, []);
  const ready = base.value !== null;
  return (
    <>
      <div class="page-head">
        <h1 tabIndex={-1}>{t(`canteen.nav.${page}`)}</h1>
      </div>
      <p class="settings__intro">{t(`canteen.intro.${page}`)}</p>
      <Tabs page={page} />
      <ErrorNote error={loadError.value} />
      <Status />
      {!ready ? (
        !loadError.value && <p>{t('console.common.loading')}</p>
      ) : mealsDraft.value === undefined ? (
        <p class="notice notice--info">{t('canteen.noCanteen')}</p>
      ) : (
        <>
          {children}
          <PublishPanel page={page} />
        </>
      )}
    </>
  );
}
