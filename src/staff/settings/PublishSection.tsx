/**
 * Preview and publish: what is still wrong (each on the page where it is fixed), the preview,
 * a note, and the one button. Publishing stays off while anything is wrong; the server checks
 * again and may still refuse (its problems then appear beside their fields too).
 */
import { t } from '../../i18n';
import { diffConfig, parseConfigFiles } from '../../shared/config/diff';
import { href } from '../app/router';
import { PublishForm } from '../ui/PublishForm';
import { base, dirty, draftFiles, problems, publishDraft } from './draft';
import { describeChange, describePath, fileLabel } from './labels';
import { Preview } from './Preview';
import { sectionOf } from './problems';

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
  return (
    <div class="form form--wide">
      <PublishForm
        area="settings.publish"
        idPrefix=""
        formClass="form"
        dirty={dirty.value}
        invalid={problems.value.length > 0}
        publish={async (note) => {
          const result = await publishDraft(note);
          return result.ok ? { ok: true, number: result.version.number } : result;
        }}
      >
        <ProblemList />
        <DraftChanges />
        <Preview />
      </PublishForm>
    </div>
  );
}
