/**
 * A flow's "saved" screen: what is true about the last save, shown and said (saved-words.ts) in
 * the flow's own words. The entry is on disk before this says anything; then "done" only once
 * the server accepted it, "saved, will be sent" when it could not be reached, or the server's
 * reason when it refused. Each flow keeps its own waiting line, what 知道了 does after a refusal,
 * and whether "my …" is offered.
 */
import '../ui/confirm/confirm.css';
import './saved.css';
import type { ComponentChildren } from 'preact';
import { runtimeKey, t } from '../../i18n';
import { KioskScreen } from '../app/frame/KioskScreen';
import { finishTask } from '../app/session';
import { BigButton, type IconName, Problem, ScrollArea, Success } from '../ui';
import { useSavedWords } from './saved-words';
import type { SavedAction } from './saving';

export interface SavedScreenProps {
  /** The flow's i18n area ("meals.saved"): `title`, `mine`, `finish`, `callStaff` and the words. */
  area: string;
  saved: SavedAction<string> | null;
  /** The flow's line while the entry is stored or waits for the server. */
  wait: (message: string) => ComponentChildren;
  /** Opens the flow's "my …" list; without it there is no such button (nobody identified). */
  onMine?: (() => void) | undefined;
  /** The button under a refusal: the elder has been told, so it also ends or restarts the task. */
  refused: { label: string; onPress: () => void };
  /** The button when it could not even be stored: call the staff. */
  onCallStaff: () => void;
  /**
   * What was saved, repeated once it is stored (done or waiting to be sent): lines to show under
   * the message and the sentences to say after it.
   */
  summary?: { lines: { label: string; value: string }[]; spoken: string } | undefined;
  /** What the elder came to do next, once it is stored (checked in: follow the class). */
  onward?: { label: string; icon: IconName; onPress: () => void } | undefined;
}

export function SavedScreen({
  area,
  saved,
  wait,
  onMine,
  refused,
  onCallStaff,
  summary,
  onward,
}: SavedScreenProps) {
  const words = useSavedWords(area, saved, summary?.spoken);
  return (
    <KioskScreen title={t(runtimeKey(`${area}.title`))}>
      {words.kind === 'wait' && wait(words.message)}
      {(words.kind === 'ok' || words.kind === 'queued') && (
        <>
          {summary ? (
            <div class="saved">
              <Success
                message={words.message}
                {...(words.detail ? { detail: words.detail } : {})}
              />
              <ScrollArea label={words.message}>
                <dl class="confirm__summary">
                  {summary.lines.map((l) => (
                    <div class="confirm__row" key={l.label}>
                      <dt class="confirm__label">{l.label}</dt>
                      <dd class="confirm__value">{l.value}</dd>
                    </div>
                  ))}
                </dl>
              </ScrollArea>
            </div>
          ) : (
            <div class="saved saved--plain">
              <Success
                message={words.message}
                {...(words.detail ? { detail: words.detail } : {})}
              />
            </div>
          )}
          <div class="action-row">
            {onMine && (
              <BigButton
                icon="list"
                variant="secondary"
                label={t(runtimeKey(`${area}.mine`))}
                onPress={onMine}
              />
            )}
            {/* Done: the elder is forgotten, so the flow's next job asks for a card again. */}
            <BigButton
              icon="check"
              {...(onward ? { variant: 'secondary' as const } : {})}
              label={t(runtimeKey(`${area}.finish`))}
              onPress={finishTask}
            />
            {onward && <BigButton {...onward} />}
          </div>
        </>
      )}
      {words.kind === 'refused' && (
        <Problem what={words.message} next={words.detail ?? ''} action={refused} />
      )}
      {words.kind === 'failed' && (
        <Problem
          what={words.message}
          next={words.detail ?? ''}
          action={{
            label: t(runtimeKey(`${area}.callStaff`)),
            icon: 'phone',
            onPress: onCallStaff,
          }}
        />
      )}
    </KioskScreen>
  );
}
