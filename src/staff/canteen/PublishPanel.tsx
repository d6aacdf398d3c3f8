/**
 * Publishing the canteen: what is still wrong with meals.json (each with the page to fix it on),
 * a note, and the button — off until the draft's meals.json is valid and changed.
 */
import { useState } from 'preact/hooks';
import { t, verbatim } from '../../i18n';
import { href } from '../app/router';
import { discardDraft } from '../settings/draft';
import { TextArea } from '../ui/Field';
import { ErrorNote, SuccessNote } from '../ui/Notice';
import type { CanteenPageId } from './CanteenFrame';
import { mealsDirty, mealsProblems, publishMeals } from './canteen-draft';
import { pageOfProblem } from './problem-pages';

type Outcome =
  | { kind: 'published'; number: number }
  | { kind: 'conflict' }
  | { kind: 'refused'; message: string }
  | { kind: 'failed'; error: unknown };

function Problems({ page }: { page: CanteenPageId }) {
  const list = mealsProblems.value;
  if (list.length === 0) return null;
  return (
    <section class="notice notice--error settings__problems" aria-labelledby="canteen-problems">
      <h2 id="canteen-problems">{t('canteen.publish.problems', { count: list.length })}</h2>
      <ul>
        {list.map((p) => {
          const where = pageOfProblem(p);
          return (
            <li key={`${p.path}:${p.message}`}>
              {where === page ? (
                <span>{t('canteen.publish.onThisPage')}</span>
              ) : (
                <a href={href(where)}>{t(`canteen.nav.${where}`)}</a>
              )}
              {p.path && <code class="canteen__path">{verbatim(p.path)}</code>}
              <span class="settings__problem-message">{p.message}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function PublishPanel({ page }: { page: CanteenPageId }) {
  const [note, setNote] = useState('');
  const [working, setWorking] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [discarding, setDiscarding] = useState(false);
  const dirty = mealsDirty.value;
  const invalid = mealsProblems.value.length > 0;

  async function publish(event: Event) {
    event.preventDefault();
    setWorking(true);
    setOutcome(null);
    try {
      const result = await publishMeals(note.trim());
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
    <section class="canteen__publish" aria-labelledby="canteen-publish">
      <h2 id="canteen-publish">{t('canteen.publish.title')}</h2>
      {outcome?.kind === 'published' && (
        <SuccessNote>{t('canteen.publish.done', { number: outcome.number })}</SuccessNote>
      )}
      {outcome?.kind === 'conflict' && <ErrorNote error={t('canteen.publish.conflict')} />}
      {outcome?.kind === 'refused' && (
        <ErrorNote
          error={
            outcome.message
              ? t('canteen.publish.refusedWith', { message: outcome.message })
              : t('canteen.publish.refused')
          }
        />
      )}
      {outcome?.kind === 'failed' && <ErrorNote error={outcome.error} />}
      <Problems page={page} />
      <form class="form form--wide" onSubmit={publish}>
        <TextArea
          label={t('canteen.publish.note')}
          hint={t('canteen.publish.noteHint')}
          value={note}
          onInput={setNote}
        />
        <div class="actions">
          <button
            type="submit"
            class="button button--primary"
            disabled={!dirty || invalid || working}
            aria-describedby="canteen-publish-why"
          >
            {working ? t('canteen.publish.publishing') : t('canteen.publish.publish')}
          </button>
          {dirty && (
            <button
              type="button"
              class="button button--danger-quiet"
              onClick={() => setDiscarding(true)}
            >
              {t('canteen.publish.discard')}
            </button>
          )}
        </div>
        <p id="canteen-publish-why" class="field__hint">
          {!dirty
            ? t('canteen.publish.nothing')
            : invalid
              ? t('canteen.publish.fixFirst')
              : t('canteen.publish.ready')}
        </p>
      </form>
      {discarding && (
        <div class="confirm" role="alertdialog" aria-labelledby="canteen-discard-question">
          <p id="canteen-discard-question">{t('canteen.publish.discardQuestion')}</p>
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
              {t('canteen.publish.discardYes')}
            </button>
            <button type="button" class="button" onClick={() => setDiscarding(false)}>
              {t('console.common.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
