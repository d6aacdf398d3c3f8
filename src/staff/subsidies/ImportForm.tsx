/**
 * Importing one of the bureau's lists: which list, the month it is as of, the file (sent as its
 * bytes, so a GB18030 file from Excel reaches the server as it is) → a check that writes nothing
 * → import. Every bad line is listed with its number, column and reason; a file with any is not
 * imported at all.
 */
import { useState } from 'preact/hooks';
import { runtimeKey, t } from '../../i18n';
import { BUREAU_LISTS, type BureauList, templateHeader } from '../../shared/subsidies/bureau-lists';
import { type ImportReport, SubsidyImportApi } from '../../shared/subsidies/import-api';
import { call } from '../api/client';
import { SelectField, TextField } from '../ui/Field';
import { ErrorNote, SuccessNote } from '../ui/Notice';

/** Last month: the bureau's list for a month comes after it ends. */
function lastMonth(): string {
  const now = new Date();
  const d = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

function Report({ report }: { report: ImportReport }) {
  return (
    <>
      <p>{t('subsidyRegister.import.summary', { ...report })}</p>
      {report.errors.length > 0 && (
        <>
          <p class="notice notice--error" role="alert">
            {t('subsidyRegister.import.problems', {
              count: new Set(report.errors.map((e) => e.line)).size,
            })}
          </p>
          <ul class="problems" data-testid="import-problems">
            {report.errors.map((e, i) => (
              <li key={`${e.line}-${e.field ?? ''}-${i}`}>
                <strong>
                  {t('subsidyRegister.import.lineField', {
                    line: e.line,
                    field: e.field ? t(runtimeKey(`subsidyRegister.fields.${e.field}`)) : '',
                  })}
                </strong>{' '}
                {e.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

export function ImportForm({ onImported }: { onImported: () => void }) {
  const [list, setList] = useState<BureauList>('added');
  const [asOf, setAsOf] = useState(lastMonth());
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportReport | null>(null);
  const [done, setDone] = useState<ImportReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [working, setWorking] = useState<'checking' | 'importing' | null>(null);

  const reset = () => {
    setPreview(null);
    setDone(null);
  };

  async function send(dryRun: boolean): Promise<ImportReport> {
    const bytes = new Uint8Array(await (file as File).arrayBuffer());
    return call(SubsidyImportApi.import, {
      query: { list, asOf: asOf.trim(), dryRun: dryRun ? '1' : '0' },
      body: { body: bytes, type: 'text/csv' },
    });
  }

  async function run(dryRun: boolean) {
    reset();
    if (!file) {
      setError(t('subsidyRegister.import.noFile'));
      return;
    }
    setError(null);
    setWorking(dryRun ? 'checking' : 'importing');
    try {
      const report = await send(dryRun);
      if (dryRun || !report.written) setPreview(report);
      if (!dryRun) {
        setDone(report);
        onImported();
      }
    } catch (e) {
      setError(e);
    } finally {
      setWorking(null);
    }
  }

  return (
    <>
      <form
        class="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void run(true);
        }}
      >
        <SelectField
          label={t('subsidyRegister.import.list')}
          hint={t('subsidyRegister.import.columns', { columns: templateHeader(list) })}
          value={list}
          onChange={(value) => {
            setList(value as BureauList);
            reset();
          }}
          options={BUREAU_LISTS.map((l) => ({
            value: l,
            label: t(`subsidyRegister.lists.${l}`),
          }))}
        />
        <TextField
          label={t('subsidyRegister.import.asOf')}
          hint={t('subsidyRegister.import.asOfHint')}
          value={asOf}
          onInput={(value) => {
            setAsOf(value);
            reset();
          }}
        />
        <div class="field">
          <label for="subsidy-import-file">{t('subsidyRegister.import.file')}</label>
          <input
            id="subsidy-import-file"
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => {
              setFile((e.currentTarget as HTMLInputElement).files?.[0] ?? null);
              reset();
            }}
          />
        </div>
        <div class="actions">
          <button type="submit" class="button" disabled={working !== null}>
            {working === 'checking'
              ? t('subsidyRegister.import.checking')
              : t('subsidyRegister.import.check')}
          </button>
          <button
            type="button"
            class="button button--primary"
            disabled={working !== null}
            onClick={() => void run(false)}
          >
            {working === 'importing'
              ? t('subsidyRegister.import.importing')
              : t('subsidyRegister.import.confirm')}
          </button>
        </div>
      </form>
      <ErrorNote error={error} />
      {preview && !done && (
        <section class="report" aria-labelledby="subsidy-preview-title">
          <h2 id="subsidy-preview-title">{t('subsidyRegister.import.preview')}</h2>
          <Report report={preview} />
        </section>
      )}
      {done && (
        <section class="report" aria-label={t('subsidyRegister.import.done')}>
          {done.written ? (
            <SuccessNote>{t('subsidyRegister.import.done')}</SuccessNote>
          ) : (
            done.errors.length === 0 && <p>{t('subsidyRegister.import.nothingNew')}</p>
          )}
          <Report report={done} />
        </section>
      )}
    </>
  );
}
