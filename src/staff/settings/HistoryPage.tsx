/**
 * The config's history (admin): every published version with who, when and why, what it changed
 * in words ("空闲超时 90 秒 → 120 秒"), how many kiosks run it, and "Restore this version" in one
 * step (a confirmation with a note; the restore is a new version, so it can be undone too).
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n';
import type { ConfigChange, ConfigVersionSummary } from '../../shared/config/versions-api';
import { dateTime } from '../app/format';
import { href } from '../app/router';
import { TextArea } from '../ui/Field';
import { ErrorNote, SuccessNote } from '../ui/Notice';
import { Pager } from '../ui/Pager';
import { listVersions, restoreVersion, versionDiff } from './api';
import { followCurrent } from './draft';
import { describeChange } from './labels';

/** What one version changed, read when staff open it. */
function Changes({ number }: { number: number }) {
  const [changes, setChanges] = useState<ConfigChange[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    versionDiff(number).then(setChanges, setError);
  }, [number]);
  if (error) return <ErrorNote error={error} />;
  if (!changes) return <p>{t('console.common.loading')}</p>;
  if (changes.length === 0) return <p>{t('settings.history.noChanges')}</p>;
  return (
    <ul class="settings__changes" aria-label={t('settings.history.changesOf', { number })}>
      {changes.map((change) => (
        <li key={`${change.file}:${change.path.join('.')}:${change.kind}`}>
          {describeChange(change)}
        </li>
      ))}
    </ul>
  );
}

function Restore({
  version,
  onDone,
  onCancel,
}: {
  version: ConfigVersionSummary;
  onDone: (number: number) => void;
  onCancel: () => void;
}) {
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [working, setWorking] = useState(false);
  async function restore(event: Event) {
    event.preventDefault();
    setWorking(true);
    setError(null);
    try {
      const made = await restoreVersion(version.number, note.trim());
      onDone(made.number);
    } catch (e) {
      setError(e);
    } finally {
      setWorking(false);
    }
  }
  return (
    <form class="confirm form form--wide" aria-labelledby="restore-question" onSubmit={restore}>
      <p id="restore-question">
        {t('settings.history.restoreQuestion', { number: version.number })}
      </p>
      <ErrorNote error={error} />
      <TextArea
        label={t('settings.history.restoreNote')}
        hint={t('settings.history.restoreNoteHint')}
        value={note}
        onInput={setNote}
      />
      <div class="actions">
        <button type="submit" class="button button--danger" disabled={working}>
          {t('settings.history.restoreYes', { number: version.number })}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {t('console.common.cancel')}
        </button>
      </div>
    </form>
  );
}

export function HistoryPage() {
  const [page, setPage] = useState(1);
  const [list, setList] = useState<{ versions: ConfigVersionSummary[]; total: number } | null>(
    null,
  );
  const [pageSize, setPageSize] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const [restoring, setRestoring] = useState<ConfigVersionSummary | null>(null);
  const [restored, setRestored] = useState<{ from: number; to: number } | null>(null);
  const [round, setRound] = useState(0);

  useEffect(() => {
    setError(null);
    listVersions(page).then((answer) => {
      setList(answer);
      if (page === 1) setPageSize(answer.versions.length);
    }, setError);
  }, [page, round]);

  const toggle = (n: number) =>
    setOpen((was) => {
      const next = new Set(was);
      if (next.has(n)) next.delete(n);
      else next.add(n);
      return next;
    });

  const seen = (page - 1) * pageSize + (list?.versions.length ?? 0);

  return (
    <>
      <div class="page-head">
        <h1 tabIndex={-1}>{t('settings.history.title')}</h1>
        <div class="actions">
          <a class="button" href={href('settings', 'centre')}>
            {t('settings.history.toSettings')}
          </a>
        </div>
      </div>
      <p class="settings__intro">{t('settings.history.intro')}</p>
      <ErrorNote error={error} />
      {restored && (
        <SuccessNote>
          {t('settings.history.restored', { from: restored.from, to: restored.to })}
        </SuccessNote>
      )}
      {restoring && (
        <Restore
          version={restoring}
          onCancel={() => setRestoring(null)}
          onDone={(number) => {
            setRestored({ from: restoring.number, to: number });
            setRestoring(null);
            setPage(1);
            setRound((r) => r + 1);
            void followCurrent();
          }}
        />
      )}
      {!list ? (
        !error && <p>{t('console.common.loading')}</p>
      ) : (
        <ol class="settings__versions">
          {list.versions.map((v) => (
            <li key={v.number} class="settings__version" data-version={v.number}>
              <h2>
                {t('settings.history.version', { number: v.number })}
                {v.current && (
                  <span class="badge badge--ok settings__current">
                    {t('settings.history.current')}
                  </span>
                )}
              </h2>
              <dl class="details settings__facts">
                <dt>{t('settings.history.when')}</dt>
                <dd>{dateTime(v.at)}</dd>
                <dt>{t('settings.history.who')}</dt>
                <dd>{v.by ? v.by.name : t('settings.history.seed')}</dd>
                <dt>{t('settings.history.note')}</dt>
                <dd>{v.note || t('console.common.none')}</dd>
                {v.restoredFrom !== null && (
                  <>
                    <dt>{t('settings.history.restoredFrom')}</dt>
                    <dd>{t('settings.history.version', { number: v.restoredFrom })}</dd>
                  </>
                )}
                <dt>{t('settings.history.kiosks')}</dt>
                <dd>{t('settings.history.kioskCount', { count: v.kiosks })}</dd>
              </dl>
              <div class="actions">
                {v.number > 1 && (
                  <button
                    type="button"
                    class="button"
                    aria-expanded={open.has(v.number)}
                    onClick={() => toggle(v.number)}
                  >
                    {open.has(v.number)
                      ? t('settings.history.hideChanges', { number: v.number })
                      : t('settings.history.showChanges', { number: v.number })}
                  </button>
                )}
                {!v.current && (
                  <button
                    type="button"
                    class="button button--danger-quiet"
                    onClick={() => {
                      setRestored(null);
                      setRestoring(v);
                    }}
                  >
                    {t('settings.history.restore', { number: v.number })}
                  </button>
                )}
              </div>
              {open.has(v.number) && <Changes number={v.number} />}
            </li>
          ))}
        </ol>
      )}
      <Pager
        pageNumber={page}
        hasNext={list !== null && seen < list.total}
        onNext={() => setPage((p) => p + 1)}
        onPrevious={() => setPage((p) => Math.max(1, p - 1))}
      />
    </>
  );
}
