import './confirm.css';
import { useId } from 'preact/hooks';
import { t } from '../../../i18n';
import { BigButton } from '../big-button/BigButton';

/** One line of a confirm summary, e.g. { label: "Price", value: "¥12" }. */
export interface SummaryItem {
  label: string;
  value: string;
}

/** Props of Confirm. */
export interface ConfirmProps {
  question: string;
  summary: SummaryItem[];
  onYes: () => void;
  onNo: () => void;
  yesLabel?: string;
  noLabel?: string;
}

/** The check before anything is sent: a plain summary, then big Yes and No at the bottom centre. */
export function Confirm({ question, summary, onYes, onNo, yesLabel, noLabel }: ConfirmProps) {
  const uid = useId();
  return (
    <section class="confirm" aria-labelledby={`${uid}-q`}>
      <h2 class="confirm__question" id={`${uid}-q`}>
        {question}
      </h2>
      <dl class="confirm__summary">
        {summary.map((item) => (
          <div class="confirm__row" key={item.label}>
            <dt class="confirm__label">{item.label}</dt>
            <dd class="confirm__value">{item.value}</dd>
          </div>
        ))}
      </dl>
      <div class="confirm__actions">
        <BigButton
          id={`${uid}:no`}
          icon="cross"
          label={noLabel ?? t('kit.confirm.no')}
          variant="secondary"
          onPress={onNo}
        />
        <BigButton
          id={`${uid}:yes`}
          icon="check"
          label={yesLabel ?? t('kit.confirm.yes')}
          onPress={onYes}
        />
      </div>
    </section>
  );
}
