/** The console's frame: login when signed out; otherwise header, menu and the page in the address. */
import { useEffect, useRef } from 'preact/hooks';
import { runtimeKey, t } from '../../i18n';
import { MenuPage } from '../canteen/MenuPage';
import { RulesPage } from '../canteen/RulesPage';
import { ClassesPage } from '../classes/ClassesPage';
import { ClassReportPage } from '../classes/ClassReportPage';
import { LearnersPage } from '../classes/LearnersPage';
import { PresenterPage } from '../classes/PresenterPage';
import { armSoundOnGesture } from '../help/alarm';
import { CallsPage } from '../help/CallsPage';
import { HelpAlert } from '../help/HelpAlert';
import { HelpReportPage } from '../help/HelpReportPage';
import { RequestsPage } from '../help/RequestsPage';
import { LessonCardsPage } from '../lessons/LessonCardsPage';
import { startLive, stopLive } from '../live/live';
import { AuditPage } from '../pages/AuditPage';
import { DashboardPage } from '../pages/DashboardPage';
import { EnrollPage } from '../pages/EnrollPage';
import { KiosksPage } from '../pages/KiosksPage';
import { LoginPage } from '../pages/LoginPage';
import { MemberFormPage } from '../pages/MemberFormPage';
import { MemberImportPage } from '../pages/MemberImportPage';
import { MembersPage } from '../pages/MembersPage';
import { AbsentPage } from '../pages/meals/AbsentPage';
import { PricesPage } from '../pages/meals/PricesPage';
import { ReportPage } from '../pages/meals/ReportPage';
import { RosterPage } from '../pages/meals/RosterPage';
import { PeoplePage } from '../pages/PeoplePage';
import { RejectionsPage } from '../pages/RejectionsPage';
import { StaffNewPage } from '../pages/StaffNewPage';
import { StaffPage } from '../pages/StaffPage';
import { YourNamePage } from '../pages/YourNamePage';
import { HistoryPage } from '../settings/HistoryPage';
import { SettingsPage } from '../settings/SettingsPage';
import { CheckPage } from '../subsidies/CheckPage';
import { OutreachPage } from '../subsidies/OutreachPage';
import { SubsidyImportPage } from '../subsidies/SubsidyImportPage';
import { SubsidyReportPage } from '../subsidies/SubsidyReportPage';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { mayOpen, PAGES, type PageId } from './access';
import { href, type Route, route } from './router';
import { me, signOut } from './session';

function PageFor({ page, rest }: { page: PageId; rest: Route['rest'] }) {
  switch (page) {
    case 'members':
      if (rest === 'new') return <MemberFormPage id={null} />;
      if (rest === 'import') return <MemberImportPage />;
      return rest ? <MemberFormPage id={rest} /> : <MembersPage />;
    case 'kiosks':
      return rest === 'enroll' ? <EnrollPage /> : <KiosksPage />;
    case 'rejections':
      return <RejectionsPage />;
    case 'roster':
      return <RosterPage rest={rest} />;
    case 'absent':
      return <AbsentPage />;
    case 'meal-report':
      return <ReportPage />;
    case 'meal-prices':
      return <PricesPage />;
    case 'staff':
      return rest === 'new' ? <StaffNewPage /> : <StaffPage />;
    case 'people':
      return <PeoplePage />;
    case 'audit':
      return <AuditPage />;
    case 'help-calls':
      return <CallsPage />;
    case 'help-requests':
      return <RequestsPage rest={rest} />;
    case 'help-report':
      return <HelpReportPage />;
    case 'settings':
      return <SettingsPage rest={rest} />;
    case 'settings-history':
      return <HistoryPage />;
    case 'canteen-menu':
      return <MenuPage />;
    case 'canteen-rules':
      return <RulesPage />;
    case 'lesson-cards':
      return <LessonCardsPage rest={rest} />;
    case 'subsidy-outreach':
      return <OutreachPage />;
    case 'subsidy-check':
      return <CheckPage />;
    case 'subsidy-import':
      return <SubsidyImportPage />;
    case 'subsidy-report':
      return <SubsidyReportPage />;
    case 'classes':
      return <ClassesPage rest={rest} />;
    case 'class-learners':
      return <LearnersPage rest={rest} />;
    case 'class-report':
      return <ClassReportPage rest={rest} />;
    case 'class-present':
      return <PresenterPage rest={rest} />;
    default:
      return <DashboardPage />;
  }
}

/**
 * Which i18n area names a page in the menu, by the start of its id (the first that fits; a page
 * with none is the console's own).
 */
const NAV_AREAS: readonly (readonly [prefix: string, area: string])[] = [
  ['help-', 'helpdesk'],
  ['settings', 'settings'],
  ['canteen-', 'canteen'],
  ['lesson-', 'lessonCards'],
  ['class-present', 'presenter'],
  ['class', 'classesConsole'],
  ['subsidy-import', 'subsidyRegister'],
  ['subsidy-report', 'subsidyRegister'],
  ['subsidy-', 'subsidyOutreach'],
];

function navKey(page: string) {
  const area = NAV_AREAS.find(([prefix]) => page.startsWith(prefix))?.[1] ?? 'console';
  return runtimeKey(`${area}.nav.${page}`);
}

export function App() {
  const who = me.value;
  const main = useRef<HTMLElement>(null);
  const signedIn = who ? who.id : null;

  useEffect(() => {
    if (signedIn) startLive();
    else stopLive();
  }, [signedIn]);

  // The sign-in click (or any later one) lets the emergency alert make a sound.
  useEffect(() => armSoundOnGesture(), []);

  const current = route.value;
  const page: PageId = who && mayOpen(who.role, current.page) ? current.page : 'dashboard';
  // A made-up name (the seeded first admin) is replaced before any page: elders hear it.
  const askName = who ? !who.nameConfirmed : false;

  // A new page: its heading takes the focus, so a screen reader starts reading there.
  useEffect(() => {
    main.current?.querySelector('h1')?.focus();
  }, [page, current.rest, askName]);

  if (who === undefined) return <p class="loading">{t('console.common.loading')}</p>;
  if (who === null) return <LoginPage />;

  return (
    <>
      <button type="button" class="skip" onClick={() => main.current?.querySelector('h1')?.focus()}>
        {t('console.app.skip')}
      </button>
      <header class="topbar">
        <p class="topbar__title">{t('console.app.title')}</p>
        <LanguageSwitch />
        <p class="topbar__who">
          {t('console.app.signedInAs', { name: who.name, role: t(`console.roles.${who.role}`) })}
        </p>
        <button type="button" class="button" onClick={() => void signOut()}>
          {t('console.app.logout')}
        </button>
      </header>
      <HelpAlert />
      <div class={askName ? 'layout layout--alone' : 'layout'}>
        {!askName && (
          <nav class="menu" aria-label={t('console.app.nav')}>
            <ul>
              {PAGES.filter((p) => mayOpen(who.role, p)).map((p) => (
                <li key={p}>
                  <a href={href(p)} aria-current={p === page ? 'page' : undefined}>
                    {t(navKey(p))}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <main ref={main} class="content">
          {askName ? (
            <YourNamePage current={who.name} />
          ) : (
            <PageFor page={page} rest={page === current.page ? current.rest : null} />
          )}
        </main>
      </div>
    </>
  );
}
