/** The fixed bottom bar on every screen: Home, Back, Hear again, volume, text size, language. */

import { t } from '../../../i18n';
import { BigButton } from '../../ui';
import { cycleTextSize } from '../display';
import { back, canGoBack, home, navigate, route } from '../router';
import { getVoice, hearAgain, sayBriefly } from '../speech';
import { enabledLanguages } from '../state';

function changeVolume(direction: 'up' | 'down') {
  const voice = getVoice();
  if (!voice) return;
  if (direction === 'up') voice.volumeUp();
  else voice.volumeDown();
  // Let the elder hear the new level at once.
  sayBriefly(t('shell.volumeSample'));
}

export function BottomBar() {
  const onHome = route.value.id === 'home';
  return (
    // The kit's Screen wraps this in its own labelled <nav>; a second landmark would repeat it.
    <div class="bottom-bar">
      <BigButton
        id="bar-home"
        icon="home"
        label={t('shell.bar.home')}
        size="secondary"
        variant="quiet"
        disabled={onHome}
        onPress={home}
      />
      <BigButton
        id="bar-back"
        icon="back"
        label={t('shell.bar.back')}
        size="secondary"
        variant="quiet"
        disabled={!canGoBack.value}
        onPress={back}
      />
      <BigButton
        id="bar-hear-again"
        icon="speaker"
        label={t('shell.bar.hearAgain')}
        size="secondary"
        variant="quiet"
        onPress={hearAgain}
      />
      <BigButton
        id="bar-quieter"
        icon="volume-down"
        label={t('shell.bar.quieter')}
        size="secondary"
        variant="quiet"
        onPress={() => changeVolume('down')}
      />
      <BigButton
        id="bar-louder"
        icon="volume-up"
        label={t('shell.bar.louder')}
        size="secondary"
        variant="quiet"
        onPress={() => changeVolume('up')}
      />
      <BigButton
        id="bar-text-size"
        icon="text-size"
        label={t('shell.bar.textSize')}
        size="secondary"
        variant="quiet"
        onPress={cycleTextSize}
      />
      {enabledLanguages.value.length > 1 && (
        <BigButton
          id="bar-language"
          icon="language"
          label={t('shell.bar.language')}
          size="secondary"
          variant="quiet"
          onPress={() => navigate('language')}
        />
      )}
    </div>
  );
}
