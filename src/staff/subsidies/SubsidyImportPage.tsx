/**
 * 补贴名单导入 (issue #13 item 4): how current each of the bureau's lists is, the import form, and
 * the queue of listed people who match no member. For the desk (`subsidies.import`).
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n';
import type { SubsidyProgramme } from '../../shared/config/subsidies';
import { BUREAU_LISTS } from '../../shared/subsidies/bureau-lists';
import { type QueueRow, SubsidyImportApi } from '../../shared/subsidies/import-api';
import { call } from '../api/client';
import { readCentreConfig } from '../app/centre-config';
import { ErrorNote, SuccessNote } from '../ui/Notice';
import { ImportForm } from './ImportForm';
import { QueueList } from './QueueList';

export function SubsidyImportPage() {
  const [current, setCurrent] = useState<Record<string, string> | null>(null);
  const [queue, setQueue] = useState<{ rows: QueueRow[]; total: number } | null>(null);
  const [programmes, setProgrammes] = useState<SubsidyProgramme[]>([]);
  const [decided, setDecided] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const load = () => {
    call(SubsidyImportApi.imports, {}).then((a) => setCurrent(a.current), setError);
    call(SubsidyImportApi.queue, {}).then(setQueue, setError);
  };
  useEffect(() => {
    readCentreConfig().then((c) => setProgrammes(c.subsidies?.programmes ?? []), setError);
    load();
  }, []);

  const imported = BUREAU_LISTS.filter((l) => current?.[l] !== undefined);

  return (
    <>
      <h1 tabIndex={-1}>{t('subsidyRegister.import.title')}</h1>
      <p>{t('subsidyRegister.import.intro')}</p>
      {current && (
        <section aria-labelledby="subsidy-current-title">
          <h2 id="subsidy-current-title">{t('subsidyRegister.import.current')}</h2>
          {imported.length === 0 ? (
            <p>{t('subsidyRegister.import.never')}</p>
          ) : (
            <ul data-testid="subsidy-current">
              {imported.map((l) => (
                <li key={l}>
                  {t('subsidyRegister.import.currentItem', {
                    list: t(`subsidyRegister.lists.${l}`),
                    month: current[l],
                  })}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <ImportForm onImported={load} />
      <section aria-labelledby="subsidy-queue-title">
        <h2 id="subsidy-queue-title">{t('subsidyRegister.queue.title')}</h2>
        <p>{t('subsidyRegister.queue.intro')}</p>
        {decided && <SuccessNote>{decided}</SuccessNote>}
        {queue && (
          <QueueList
            rows={queue.rows}
            total={queue.total}
            programmes={programmes}
            onDecided={(words) => {
              setDecided(words);
              load();
            }}
          />
        )}
      </section>
      <ErrorNote error={error} />
    </>
  );
}
