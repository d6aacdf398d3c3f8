/**
 * The attract screen: one screen-sized button. It invites softly every few minutes (config),
 * never constantly, and a touch anywhere starts a session on the home screen.
 */
import { useEffect } from 'preact/hooks';
import { localText, t } from '../../../i18n';
import { home } from '../../app/router';
import { getVoice } from '../../app/speech';
import { useConfig } from '../../app/state';
import { Icon, usePress } from '../../ui';

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
      <h1 class="attract__welcome">
        {t('shell.attract.welcome', { centre: localText(centre.name) })}
      </h1>
      <button type="button" class="attract__start" {...press}>
        <Icon name="home" />
        <span>{t('shell.attract.touch')}</span>
      </button>
    </main>
  );
}
