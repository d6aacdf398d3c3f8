/** Named example states of Icon: the whole gallery. */
import { t } from '../../../i18n';
import { defineStates } from '../showcase/kit-state';
import { Icon } from './Icon';
import { ICON_NAMES } from './paths';

export const iconStates = defineStates('Icon', 'icon', {
  gallery: () => (
    <ul class="icon-gallery">
      {ICON_NAMES.map((name) => (
        <li key={name} class="icon-gallery__item">
          <Icon name={name} />
          <span>{t(`kit.showcase.icon.${name}`)}</span>
          <code>{name}</code>
        </li>
      ))}
    </ul>
  ),
});
