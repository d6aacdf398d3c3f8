/** The fixed bottom bar on every screen: Home, Back, Hear again, volume, text size, language. */
import { runtimeKey, t } from '../../../i18n';
import { BigButton } from '../../ui/big-button/BigButton';
import type { IconName } from '../../ui/icon/paths';
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

interface BarItem {
  id: string;
  icon: IconName;
  labelKey: string;
  onPress: () => void;
  disabled?: boolean;
}

export function BottomBar() {
  const items: BarItem[] = [
    {
      id: 'home',
      icon: 'home',
      labelKey: 'home',
      onPress: home,
      disabled: route.value.id === 'home',
    },
    { id: 'back', icon: 'back', labelKey: 'back', onPress: back, disabled: !canGoBack.value },
    { id: 'hear-again', icon: 'speaker', labelKey: 'hearAgain', onPress: hearAgain },
    {
      id: 'quieter',
      icon: 'volume-down',
      labelKey: 'quieter',
      onPress: () => changeVolume('down'),
    },
    { id: 'louder', icon: 'volume-up', labelKey: 'louder', onPress: () => changeVolume('up') },
    { id: 'text-size', icon: 'text-size', labelKey: 'textSize', onPress: cycleTextSize },
  ];
  // Nothing to choose with one language, so no button that leads nowhere.
  if (enabledLanguages.value.length > 1)
    items.push({
      id: 'language',
      icon: 'language',
      labelKey: 'language',
      onPress: () => navigate('language'),
    });
  return (
    // The kit's Screen wraps this in its own labelled <nav>; a second landmark would repeat it.
    <div class="bottom-bar">
      {items.map((item) => (
        <BigButton
          key={item.id}
          id={`bar-${item.id}`}
          icon={item.icon}
          label={t(runtimeKey(`shell.bar.${item.labelKey}`))}
          size="secondary"
          variant="quiet"
          disabled={item.disabled}
          onPress={item.onPress}
        />
      ))}
    </div>
  );
}
