/**
 * The settings pages (admin): one draft of the centre's config, edited page by page in the
 * groups staff think in, checked as they type, previewed and published on the last page.
 */
import { useEffect } from 'preact/hooks';
import { t } from '../../i18n';
import { href } from '../app/router';
import { ErrorNote } from '../ui/Notice';
import { CentreSection } from './CentreSection';
import { base, dirty, loadDraft, loadError, problems } from './draft';
import { HelpSection } from './HelpSection';
import { KioskSection } from './KioskSection';
import { LanguagesSection } from './LanguagesSection';
import { guardUnsavedDraft } from './leave-guard';
import { PublishSection } from './PublishSection';
import { SECTIONS, type Section, sectionOf } from './problems';
import { SubsidiesSection } from './SubsidiesSection';
import { VoiceSection } from './VoiceSection';

function Body({ section }: { section: Section }) {
  switch (section) {
    case 'kiosk':
      return <KioskSection />;
    case 'voice':
      return <VoiceSection />;
    case 'help':
      return <HelpSection />;
    case 'subsidies':
      return <SubsidiesSection />;
    case 'languages':
      return <LanguagesSection />;
    case 'publish':
      return <PublishSection />;
    default:
      return <CentreSection />;
  }
}

function Tabs({ section }: { section: Section }) {
  const all = problems.value;
  return (
    <nav class="settings__tabs" aria-label={t('settings.nav.sections')}>
      <ul>
        {SECTIONS.map((s) => {
          const count = all.filter((p) => sectionOf(p) === s).length;
          return (
            <li key={s}>
              <a href={href('settings', s)} aria-current={s === section ? 'page' : undefined}>
                {count > 0
                  ? t('settings.nav.withProblems', { section: t(`settings.sections.${s}`), count })
                  : t(`settings.sections.${s}`)}
              </a>
            </li>
          );
        })}
        <li>
          <a href={href('settings-history')}>{t('settings.nav.history')}</a>
        </li>
      </ul>
    </nav>
  );
}

/** Where the draft stands: what version it starts from, unpublished changes, what is wrong. */
function DraftStatus({ section }: { section: Section }) {
  const from = base.value;
  if (!from) return null;
  const count = problems.value.length;
  return (
    <div class="notice notice--info settings__status" role="status">
      <p>{t('settings.status.basedOn', { number: from.number })}</p>
      {dirty.value && <p>{t('settings.status.unpublished')}</p>}
      {count > 0 && <p>{t('settings.status.problems', { count })}</p>}
      {dirty.value && section !== 'publish' && (
        <a class="button" href={href('settings', 'publish')}>
          {t('settings.status.toPublish')}
        </a>
      )}
    </div>
  );
}

export function SettingsPage({ rest }: { rest: string | null }) {
  const section: Section = (SECTIONS as readonly string[]).includes(rest ?? '')
    ? (rest as Section)
    : 'centre';

  useEffect(() => {
    guardUnsavedDraft();
    void loadDraft();
  }, []);

  return (
    <>
      <div class="page-head">
        <h1 tabIndex={-1}>{t(`settings.sections.${section}`)}</h1>
      </div>
      <p class="settings__intro">{t(`settings.intro.${section}`)}</p>
      <Tabs section={section} />
      <ErrorNote error={loadError.value} />
      <DraftStatus section={section} />
      {base.value ? (
        <Body section={section} />
      ) : (
        !loadError.value && <p>{t('console.common.loading')}</p>
      )}
    </>
  );
}
