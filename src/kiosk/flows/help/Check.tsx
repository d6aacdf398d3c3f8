/**
 * The check before a request or a cancellation is sent: the question, what will be sent (scrolling
 * when the largest text does not fit beside the answers), and No / Yes at the bottom. The kit's
 * Confirm without a scroll area, as the meals' check does it.
 */
import '../../ui/confirm/confirm.css';
import './help.css';
import { useId } from 'preact/hooks';
import { BigButton, ScrollArea, type SummaryItem } from '../../ui';

export function Check({
  question,
  summaryLabel,
  summary,
  yesLabel,
  noLabel,
  onYes,
  onNo,
}: {
  question: string;
  summaryLabel: string;
  summary: SummaryItem[];
  yesLabel: string;
  noLabel: string;
  onYes: () => void;
  onNo: () => void;
}) {
  const uid = useId();
  return (
    <section class="confirm help-check" aria-labelledby={`${uid}-q`}>
      <h2 class="confirm__question" id={`${uid}-q`}>
        {question}
      </h2>
      <ScrollArea label={summaryLabel}>
        <dl class="confirm__summary">
          {summary.map((item) => (
            <div class="confirm__row" key={item.label}>
              <dt class="confirm__label">{item.label}</dt>
              <dd class="confirm__value">{item.value}</dd>
            </div>
          ))}
        </dl>
      </ScrollArea>
      <div class="confirm__actions">
        <BigButton
          id={`${uid}:no`}
          icon="cross"
          variant="secondary"
          label={noLabel}
          onPress={onNo}
        />
        <BigButton id={`${uid}:yes`} icon="check" label={yesLabel} onPress={onYes} />
      </div>
    </section>
  );
}
