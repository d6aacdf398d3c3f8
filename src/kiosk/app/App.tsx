/**
 * The kiosk shell: the current screen inside an error boundary, the idle timer and its warning,
 * and the touch rules every component follows.
 */
import { useEffect, useLayoutEffect, useMemo } from 'preact/hooks';
import { t } from '../../i18n';
import { AttractScreen } from '../flows/attract/AttractScreen';
import { KioskUiProvider } from '../ui/context';
import { ErrorBoundary } from './ErrorBoundary';
import { IdleWarning } from './IdleWarning';
import { createIdleTimer } from './idle';
import { ScreenView } from './lazy-screen';
import { onNavigate, route } from './router';
import { SCREENS } from './screens';
import { endSession, startSession } from './session';
import { say, sayBriefly, stopSpeaking } from './speech';
import { preview, useConfig } from './state';

export function App() {
  const { kiosk } = useConfig();
  const idle = useMemo(
    () =>
      createIdleTimer({
        timeoutSeconds: kiosk.idle.timeoutSeconds,
        warningSeconds: kiosk.idle.warningSeconds,
        onWarn: () => say(t('shell.idle.spoken')),
        onTimeout: endSession,
      }),
    [],
  );
  idle.configure(kiosk.idle.timeoutSeconds, kiosk.idle.warningSeconds);

  useEffect(() => {
    // Any touch anywhere stops speech and restarts the idle count (not only touches on buttons).
    const onTouch = () => {
      stopSpeaking();
      if (route.value.id !== 'attract') idle.touch();
    };
    document.addEventListener('pointerdown', onTouch, { capture: true });
    const offNav = onNavigate((to) => {
      stopSpeaking();
      if (to.id === 'attract') {
        idle.stop();
        // A preview shows the console's draft: it never loads the server's config or updates.
        if (!preview.value) void import('./updates').then((m) => m.onAttract());
      } else idle.touch();
    });
    return () => {
      document.removeEventListener('pointerdown', onTouch, { capture: true });
      offNav();
    };
  }, [idle]);

  const current = route.value;
  useLayoutEffect(() => {
    // The benchmark reads nav-start → screen-change for "every screen change within 100 ms".
    requestAnimationFrame(() => performance.mark('screen-change', { detail: current.id }));
  }, [current.key]);

  return (
    <KioskUiProvider
      repeatIgnoreMs={kiosk.touch.repeatIgnoreMs}
      clickSound={kiosk.touch.clickSound}
      onTouch={stopSpeaking}
      speak={sayBriefly}
    >
      <ErrorBoundary resetKey={current.key}>
        {current.id === 'attract' ? (
          <AttractScreen key={current.key} onStart={startSession} />
        ) : (
          <ScreenView key={current.key} entry={SCREENS[current.id]} />
        )}
      </ErrorBoundary>
      <IdleWarning idle={idle} />
      {preview.value && <PreviewMark />}
    </KioskUiProvider>
  );
}

/**
 * "预览 / Preview" in a corner, so nobody mistakes the console's preview for a kiosk in use. The
 * styles are set as properties (allowed by the page's CSP), since kiosk.css has no rule for it.
 */
function PreviewMark() {
  return (
    // A landmark of its own: everything on the page must sit in one (axe "region").
    <aside
      aria-label={t('configUpdates.preview.label')}
      data-testid="preview-mark"
      style={{
        position: 'fixed',
        left: '50%',
        top: '0',
        transform: 'translateX(-50%)',
        padding: '4px 16px',
        background: '#5c2d00',
        color: '#ffffff',
        fontSize: '28px',
        fontWeight: '700',
        borderRadius: '0 0 8px 8px',
        zIndex: '1000',
        pointerEvents: 'none',
      }}
    >
      {t('configUpdates.preview.mark')}
    </aside>
  );
}
