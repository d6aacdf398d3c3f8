import './success.css';
import { t } from '../../../i18n';
import { BigButton } from '../big-button/BigButton';
import { Icon } from '../icon/Icon';

/** Props of Success. */
export interface SuccessProps {
  message: string;
  detail?: string;
  onDone?: () => void;
  doneLabel?: string;
}

/** It worked: a big tick, the words, and one way on. */
export function Success({ message, detail, onDone, doneLabel }: SuccessProps) {
  return (
    <section class="success" role="status">
      <span class="success__icon">
        <Icon name="check" />
      </span>
      <h2 class="success__message">{message}</h2>
      {detail && <p class="success__detail">{detail}</p>}
      {onDone && (
        <div class="success__action">
          <BigButton icon="check" label={doneLabel ?? t('kit.success.done')} onPress={onDone} />
        </div>
      )}
    </section>
  );
}
