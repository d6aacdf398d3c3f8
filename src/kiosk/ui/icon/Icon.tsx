import './icon.css';
import { ICON_PATHS, type IconName } from './paths';

/** Props of Icon. */
export interface IconProps {
  name: IconName;
}

/** A decorative line icon in the text colour; the words beside it carry the meaning. */
export function Icon({ name }: IconProps) {
  return (
    <svg
      class="icon"
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      stroke-width="2.5"
      stroke-linecap="round"
      stroke-linejoin="round"
      data-icon={name}
    >
      {ICON_PATHS[name].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
