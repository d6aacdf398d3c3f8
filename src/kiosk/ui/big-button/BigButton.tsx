import './big-button.css';
import { Icon } from '../icon/Icon';
import type { IconName } from '../icon/paths';
import { usePress } from '../press/usePress';

/** Props of BigButton. */
export interface BigButtonProps {
  icon?: IconName;
  label: string;
  sublabel?: string;
  variant?: 'primary' | 'secondary' | 'danger' | 'quiet';
  /** primary: ≥96×96 CSS px; secondary: ≥72×72. */
  size?: 'primary' | 'secondary';
  onPress: () => void;
  /** Repeat-rejection id; defaults to the label. */
  id?: string;
  disabled?: boolean;
  /** Shown as chosen (aria-pressed) when set; leave undefined for a plain action. */
  selected?: boolean;
  ariaLabel?: string;
}

/** The kit's one kind of button: icon and words, large, acting on release. */
export function BigButton({
  icon,
  label,
  sublabel,
  variant = 'primary',
  size = 'primary',
  onPress,
  id,
  disabled = false,
  selected,
  ariaLabel,
}: BigButtonProps) {
  const press = usePress(onPress, { id: id ?? label, disabled });
  return (
    <button
      type="button"
      class={`big-button big-button--${variant} big-button--size-${size}`}
      disabled={disabled}
      aria-pressed={selected}
      aria-label={ariaLabel}
      {...press}
    >
      {icon && (
        <span class="big-button__icon">
          <Icon name={icon} />
        </span>
      )}
      <span class="big-button__text">
        <span class="big-button__label">{label}</span>
        {sublabel && <span class="big-button__sublabel">{sublabel}</span>}
      </span>
      {selected && (
        <span class="big-button__badge">
          <Icon name="check" />
        </span>
      )}
    </button>
  );
}
