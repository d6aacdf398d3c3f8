/**
 * The attract screen: one big button, and beside it, apart, the Emergency button in its place at
 * the top right as on every screen (it opens the countdown, not the home screen). It invites
 * softly every few minutes (config), never constantly; a touch on the big button starts a session
 * on the home screen.
 */
import { useEffect } from 'preact/hooks';
import { localText, t } from '../../../i18n';
import { EmergencyButton } from '../../app/frame/EmergencyButton';
import { home } from '../../app/router';
import { getVoice } from '../../app/speech';
import { useConfig } from '../../app/state';
import { Icon } from '../../ui/icon/Icon';
import { usePress } from '../../ui/press/usePress';

export function AttractScreen({ onStart }: { onStart: () => void }) {
  const { centre, kiosk } = useConfig();
  const press = usePress(
    () => {
      onStart();
      home();
    },
    { id: 'attract' },
  );
  useEffect(() => {
    const minutes = kiosk.attract.speakEveryMinutes;
    if (minutes <= 0) return;
    const id = setInterval(
      () => void getVoice()?.speak(t('shell.attract.spoken'), { soft: true }),
      minutes * 60_000,
    );
    return () => clearInterval(id);
  }, [kiosk.attract.speakEveryMinutes]);
  return (
    <main class="attract">
      <div class="attract__top">
        <h1 class="attract__welcome">
          {t('shell.attract.welcome', { centre: localText(centre.name) })}
        </h1>
        <EmergencyButton />
      </div>
      <button type="button" class="attract__start" {...press}>
        <Icon name="home" />
        <span>{t('shell.attract.touch')}</span>
      </button>
    </main>
  );
}
