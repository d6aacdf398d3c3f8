import './keypad.css';
import { useId } from 'preact/hooks';
import { t } from '../../../i18n';
import { BigButton } from '../big-button/BigButton';
import { useKioskUi } from '../context';

/** Props of Keypad. */
export interface KeypadProps {
  /** What to type, e.g. "Card number"; names the keypad. */
  label: string;
  value: string;
  onChange: (next: string) => void;
  maxLength: number;
  /** Show ● and speak "asterisk" instead of the digits (a PIN). */
  masked?: boolean;
  /**
   * Show only the last N digits, the rest as ● (a card or ID number on a shared screen). The
   * digits are still spoken as they are typed, so an elder who cannot see well can check them.
   */
  showLast?: number;
  onDone?: () => void;
  doneLabel?: string;
}

const DIGIT_ROWS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** A phone-layout number pad with a large readout; every key is spoken, PIN digits as "asterisk". */
export function Keypad({
  label,
  value,
  onChange,
  maxLength,
  masked = false,
  showLast,
  onDone,
  doneLabel,
}: KeypadProps) {
  const { speak } = useKioskUi();
  const uid = useId();
  const labelId = `${uid}-label`;

  const type = (digit: string) => {
    if (value.length >= maxLength) {
      speak(t('kit.keypad.full', { count: maxLength }));
      return;
    }
    // Never speak a masked digit: the screen is shared and may be overheard.
    speak(masked ? t('kit.keypad.asterisk') : t('kit.keypad.digit', { digit }));
    onChange(value + digit);
  };
  const remove = () => {
    if (value === '') return;
    speak(t('kit.keypad.deleted'));
    onChange(value.slice(0, -1));
  };
  const clear = () => {
    if (value === '') return;
    speak(t('kit.keypad.cleared'));
    onChange('');
  };

  const digitKey = (digit: string) => (
    <BigButton
      key={digit}
      id={`${uid}:${digit}`}
      label={digit}
      variant="secondary"
      onPress={() => type(digit)}
    />
  );

  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset's legend cannot be placed in a grid area, and landscape needs the label beside the keys to fit at 1.6×
    <div class="keypad" role="group" aria-labelledby={labelId}>
      <p class="keypad__label" id={labelId}>
        {label}
      </p>
      <Readout value={value} masked={masked} showLast={showLast} maxLength={maxLength} />
      <div class="keypad__keys">
        {DIGIT_ROWS.map(digitKey)}
        <BigButton
          id={`${uid}:clear`}
          icon="cross"
          label={t('kit.keypad.clear')}
          variant="quiet"
          disabled={value === ''}
          onPress={clear}
        />
        {digitKey('0')}
        <BigButton
          id={`${uid}:delete`}
          icon="delete"
          label={t('kit.keypad.delete')}
          variant="quiet"
          disabled={value === ''}
          onPress={remove}
        />
      </div>
      {onDone && (
        <div class="keypad__done">
          <BigButton
            id={`${uid}:done`}
            icon="check"
            label={doneLabel ?? t('kit.keypad.done')}
            disabled={value === ''}
            onPress={onDone}
          />
        </div>
      )}
    </div>
  );
}

/** The typed value, large; a masked value never reaches the DOM, not even for screen readers. */
function Readout({
  value,
  masked,
  showLast,
  maxLength,
}: {
  value: string;
  masked: boolean;
  showLast: number | undefined;
  maxLength: number;
}) {
  if (value === '') {
    return (
      <p class="keypad__readout keypad__readout--empty">
        {t('kit.keypad.empty', { count: maxLength })}
      </p>
    );
  }
  if (!masked && showLast !== undefined && value.length > showLast) {
    const hidden = value.length - showLast;
    return (
      <p class="keypad__readout">
        <span aria-hidden="true">{'●'.repeat(hidden)}</span>
        <span class="visually-hidden">{t('kit.keypad.hiddenCount', { count: hidden })}</span>
        {value.slice(hidden)}
      </p>
    );
  }
  if (!masked) {
    return <p class="keypad__readout">{value}</p>;
  }
  return (
    <p class="keypad__readout">
      <span aria-hidden="true">{'●'.repeat(value.length)}</span>
      <span class="visually-hidden">{t('kit.keypad.enteredCount', { count: value.length })}</span>
    </p>
  );
}
