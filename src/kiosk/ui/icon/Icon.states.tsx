/** Named example states of Icon: the whole gallery. */
import { t } from '../../../i18n';
import { ScrollArea } from '../scroll-area/ScrollArea';
import { defineStates } from '../showcase/kit-state';
import { Icon } from './Icon';
import { ICON_NAMES } from './paths';

export const iconStates = defineStates('Icon', 'icon', {
  // Inside a ScrollArea: at the larger text sizes the gallery is taller than the screen, and on a
  // kiosk long content scrolls by big arrow buttons, never by the page.
  gallery: () => (
    <ScrollArea label={t('kit.showcase.iconGallery')}>
      <ul class="icon-gallery">
        {ICON_NAMES.map((name) => (
          <li key={name} class="icon-gallery__item">
            <Icon name={name} />
            <span>{t(`kit.showcase.icon.${name}`)}</span>
            <code>{name}</code>
          </li>
        ))}
      </ul>
    </ScrollArea>
  ),
});
