/** CSV import: choose a file → a dry run lists what would change and every bad line → confirm. */
import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import type { ImportReport } from '../../shared/members/api';
import { call } from '../api/client';
import { MembersApi } from '../api/members';
import { href } from '../app/router';
import { ErrorNote, SuccessNote } from '../ui/Notice';

function Problems({ report }: { report: ImportReport }) {
  if (report.errors.length === 0) return <p>{t('console.import.noProblems')}</p>;
  return (
    <>
      <p>{t('console.import.problems', { count: report.errors.length })}</p>
      <ul class="problems">
        {report.errors.map((e) => (
          <li key={`${e.line}-${e.field ?? ''}`}>
            <strong>
              {e.field
                ? t('console.import.lineField', { line: e.line, field: e.field })
                : t('console.import.line', { line: e.line })}
            </strong>{' '}
            {e.message}
          </li>
        ))}
      </ul>
    </>
  );
}

export function MemberImportPage() {
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportReport | null>(null);
  const [done, setDone] = useState<ImportReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [working, setWorking] = useState<'checking' | 'importing' | null>(null);

  async function send(dryRun: boolean): Promise<ImportReport> {
    const body = await (file as File).text();
    return call(MembersApi.import, {
      ...(dryRun ? { query: { dryRun: '1' } } : {}),
      body: { body, type: 'text/csv; charset=utf-8' },
    });
  }

  async function check(event: Event) {
    event.preventDefault();
    setDone(null);
    setPreview(null);
    if (!file) {
      setError(t('console.import.noFile'));
      return;
    }
    setError(null);
    setWorking('checking');
    try {
      setPreview(await send(true));
    } catch (e) {
      setError(e);
    } finally {
      setWorking(null);
    }
  }

  async function confirm() {
    setError(null);
    setWorking('importing');
    try {
      setDone(await send(false));
      setPreview(null);
    } catch (e) {
      setError(e);
    } finally {
      setWorking(null);
    }
  }

  return (
    <>
      <h1 tabIndex={-1}>{t('console.import.title')}</h1>
      <p>{t('console.import.intro')}</p>
      <form class="form" onSubmit={(e) => void check(e)} noValidate>
        <div class="field">
          <label for="import-file">{t('console.import.file')}</label>
          <input
            id="import-file"
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => {
              setFile((e.currentTarget as HTMLInputElement).files?.[0] ?? null);
              setPreview(null);
              setDone(null);
            }}
          />
        </div>
        <div class="actions">
          <button type="submit" class="button button--primary" disabled={working !== null}>
            {working === 'checking' ? t('console.import.checking') : t('console.import.check')}
          </button>
          <a class="button" href={href('members')}>
            {t('console.common.back')}
          </a>
        </div>
      </form>
      <ErrorNote error={error} />
      {preview && (
        <section class="report" aria-labelledby="preview-title">
          <h2 id="preview-title">{t('console.import.preview', { ...preview })}</h2>
          <Problems report={preview} />
          <button
            type="button"
            class="button button--primary"
            disabled={working !== null}
            onClick={() => void confirm()}
          >
            {working === 'importing' ? t('console.import.importing') : t('console.import.confirm')}
          </button>
        </section>
      )}
      {done && (
        <section class="report">
          <SuccessNote>{t('console.import.done', { ...done })}</SuccessNote>
          <Problems report={done} />
        </section>
      )}
    </>
  );
}
