/**
 * Preview and publish: what is still wrong (each on the page where it is fixed), the preview,
 * a note, and the one button. Publishing stays off while anything is wrong; the server checks
 * again and may still refuse (its problems then appear beside their fields too).
 */
import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import { diffConfig, parseConfigFiles } from '../../shared/config/diff';
import { href } from '../app/router';
import { TextArea } from '../ui/Field';
import { ErrorNote, SuccessNote } from '../ui/Notice';
import { base, dirty, discardDraft, draftFiles, problems, publishDraft } from './draft';
import { describeChange, describePath, fileLabel } from './labels';
import { Preview } from './Preview';
import { sectionOf } from './problems';

type Outcome =
  | { kind: 'published'; number: number }
  | { kind: 'conflict' }
  | { kind: 'refused'; message: string }
  | { kind: 'failed'; error: unknown };

/** Every problem of the draft, each with the page to fix it on. */
export function ProblemList() {
  const list = problems.value;
  if (list.length === 0) return null;
  return (
    <section class="notice notice--error settings__problems" aria-labelledby="problems-heading">
      <h2 id="problems-heading">{t('settings.publish.problems', { count: list.length })}</h2>
      <ul>
        {list.map((p) => {
          const section = sectionOf(p);
          const where = p.path
            ? describePath(p.file, pathSegments(p.path)).what
            : fileLabel(p.file);
          return (
            <li key={`${p.file}:${p.path}:${p.message}`}>
              {section ? <a href={href('settings', section)}>{where}</a> : <span>{where}</span>}
              <span class="settings__problem-message">{p.message}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The draft against the version it started from, in the same words as the history. */
function DraftChanges() {
  const from = base.value;
  if (!from) return null;
  const changes = diffConfig(parseConfigFiles(from.files), parseConfigFiles(draftFiles()));
  return (
    <section class="settings__group" aria-labelledby="changes-heading">
      <h2 id="changes-heading">{t('settings.publish.changes')}</h2>
      {changes.length === 0 ? (
        <p>{t('settings.publish.noChanges')}</p>
      ) : (
        <ul class="settings__changes">
          {changes.map((change) => (
            <li key={`${change.file}:${change.path.join('.')}:${change.kind}`}>
              {describeChange(change)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** "phones[0].number" → ["phones", 0, "number"]. */
export function pathSegments(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) =>
    m[2] !== undefined ? Number(m[2]) : (m[1] ?? ''),
  );
}

export function PublishSection() {
  const [note, setNote] = useState('');
  const [working, setWorking] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [discarding, setDiscarding] = useState(false);
  const invalid = problems.value.length > 0;

  async function publish(event: Event) {
    event.preventDefault();
    setWorking(true);
    setOutcome(null);
    try {
      const result = await publishDraft(note.trim());
      if (result.ok) {
        setNote('');
        setOutcome({ kind: 'published', number: result.version.number });
      } else if (result.status === 409) setOutcome({ kind: 'conflict' });
      else setOutcome({ kind: 'refused', message: result.message });
    } catch (error) {
      setOutcome({ kind: 'failed', error });
    } finally {
      setWorking(false);
    }
  }

  return (
    <div class="form form--wide">
      {outcome?.kind === 'published' && (
        <SuccessNote>{t('settings.publish.done', { number: outcome.number })}</SuccessNote>
      )}
      {outcome?.kind === 'conflict' && <ErrorNote error={t('settings.publish.conflict')} />}
      {outcome?.kind === 'refused' && (
        <ErrorNote
          error={
            outcome.message
              ? t('settings.publish.refusedWith', { message: outcome.message })
              : t('settings.publish.refused')
          }
        />
      )}
      {outcome?.kind === 'failed' && <ErrorNote error={outcome.error} />}
      <ProblemList />
      <DraftChanges />
      <Preview />
      <form class="form" onSubmit={publish}>
        <TextArea
          label={t('settings.publish.note')}
          hint={t('settings.publish.noteHint')}
          value={note}
          onInput={setNote}
        />
        <div class="actions">
          <button
            type="submit"
            class="button button--primary"
            disabled={!dirty.value || invalid || working}
            aria-describedby="publish-why"
          >
            {working ? t('settings.publish.publishing') : t('settings.publish.publish')}
          </button>
          {dirty.value && (
            <button
              type="button"
              class="button button--danger-quiet"
              onClick={() => setDiscarding(true)}
            >
              {t('settings.publish.discard')}
            </button>
          )}
        </div>
        <p id="publish-why" class="field__hint">
          {!dirty.value
            ? t('settings.publish.nothing')
            : invalid
              ? t('settings.publish.fixFirst')
              : t('settings.publish.ready')}
        </p>
      </form>
      {discarding && (
        <div class="confirm" role="alertdialog" aria-labelledby="discard-question">
          <p id="discard-question">{t('settings.publish.discardQuestion')}</p>
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
              {t('settings.publish.discardYes')}
            </button>
            <button type="button" class="button" onClick={() => setDiscarding(false)}>
              {t('console.common.cancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
