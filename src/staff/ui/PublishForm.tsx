/**
 * The console's one publish form, used by the settings (every file) and the canteen editor
 * (meals.json only): how the last try ended, what the caller shows above the form (problems,
 * changes, preview), a note, the button — off while nothing changed or anything is wrong — and
 * discarding the draft behind a confirm. Each caller's words live in its own i18n area.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import { discardDraft } from '../settings/draft';
import { TextArea } from './Field';
import { ErrorNote, SuccessNote } from './Notice';

/** What a publish came to, as both publish routes answer it. */
export type PublishResult =
  | { ok: true; number: number }
  | { ok: false; status: 409 }
  | { ok: false; status: 422; message: string };

type Outcome =
  | { kind: 'published'; number: number }
  | { kind: 'conflict' }
  | { kind: 'refused'; message: string }
  | { kind: 'failed'; error: unknown };

export function PublishForm(props: {
  /** The i18n area of the words ("settings.publish" or "canteen.publish"). */
  area: 'settings.publish' | 'canteen.publish';
  /** Prefixes the ids the form's hint and confirm are named by ("" or "canteen-"). */
  idPrefix: string;
  formClass: string;
  dirty: boolean;
  invalid: boolean;
  publish: (note: string) => Promise<PublishResult>;
  /** Shown between the outcome and the form. */
  children?: ComponentChildren;
}) {
  const { area, idPrefix, dirty, invalid } = props;
  const [note, setNote] = useState('');
  const [working, setWorking] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [discarding, setDiscarding] = useState(false);
  const why = `${idPrefix}publish-why`;
  const question = `${idPrefix}discard-question`;

  async function publish(event: Event) {
    event.preventDefault();
    setWorking(true);
    setOutcome(null);
    try {
      const result = await props.publish(note.trim());
      if (result.ok) {
        setNote('');
        setOutcome({ kind: 'published', number: result.number });
      } else if (result.status === 409) setOutcome({ kind: 'conflict' });
      else setOutcome({ kind: 'refused', message: result.message });
    } catch (error) {
      setOutcome({ kind: 'failed', error });
    } finally {
      setWorking(false);
    }
  }

  return (
    <>
      {outcome?.kind === 'published' && (
        <SuccessNote>{t(`${area}.done`, { number: outcome.number })}</SuccessNote>
      )}
      {outcome?.kind === 'conflict' && <ErrorNote error={t(`${area}.conflict`)} />}
      {outcome?.kind === 'refused' && (
        <ErrorNote
          error={
            outcome.message
              ? t(`${area}.refusedWith`, { message: outcome.message })
              : t(`${area}.refused`)
          }
        />
      )}
      {outcome?.kind === 'failed' && <ErrorNote error={outcome.error} />}
      {props.children}
      <form class={props.formClass} onSubmit={publish}>
        <TextArea
          label={t(`${area}.note`)}
          hint={t(`${area}.noteHint`)}
          value={note}
          onInput={setNote}
        />
        <div class="actions">
          <button
            type="submit"
            class="button button--primary"
            disabled={!dirty || invalid || working}
            aria-describedby={why}
          >
            {working ? t(`${area}.publishing`) : t(`${area}.publish`)}
          </button>
          {dirty && (
            <button
              type="button"
              class="button button--danger-quiet"
              onClick={() => setDiscarding(true)}
            >
              {t(`${area}.discard`)}
            </button>
          )}
        </div>
        <p id={why} class="field__hint">
          {!dirty ? t(`${area}.nothing`) : invalid ? t(`${area}.fixFirst`) : t(`${area}.ready`)}
        </p>
      </form>
      {discarding && (
        <div class="confirm" role="alertdialog" aria-labelledby={question}>
          <p id={question}>{t(`${area}.discardQuestion`)}</p>
          <div class="actions">
            <button
              type="button"
              class="button button--danger"
              onClick={() => {
                setDiscarding(false);
                setOutcome(null);
                void discardDraft();
              }}
            >
              {t(`${area}.discardYes`)}
            </button>
            <button type="button" class="button" onClick={() => setDiscarding(false)}>
              {t('console.common.cancel')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
