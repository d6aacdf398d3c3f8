/** Entries the centre refused, newest first, page by page, for staff to follow up. */
import { language, t } from '../../i18n';
import { hrefOf } from '../../shared/api/contract';
import { type Rejection, SyncApi } from '../../shared/sync/api';
import { call } from '../api/client';
import { dateTime } from '../app/format';
import { dashboard } from '../live/live';
import { ErrorNote } from '../ui/Notice';
import { PagedTable, usePaged } from '../ui/Pager';

const PAGE_SIZE = 25;

export function RejectionsPage() {
  // A new refusal bumps the dashboard's count: read the page again.
  const count = dashboard.value?.totals.rejections ?? 0;
  const paged = usePaged<Rejection>(
    async (cursor) => {
      const answer = await call(SyncApi.rejections, {
        query: { limit: String(PAGE_SIZE), cursor: cursor ?? undefined },
      });
      return { items: answer.rejections, nextCursor: answer.nextCursor };
    },
    'all',
    count,
  );
  return (
    <>
      <div class="page-head">
        <h1 tabIndex={-1}>{t('console.rejections.title')}</h1>
        <div class="actions">
          <a
            class="button"
            href={hrefOf(SyncApi.rejections, { query: { format: 'csv' } })}
            download
          >
            {t('console.common.exportCsv')}
          </a>
        </div>
      </div>
      <p>{t('console.rejections.intro')}</p>
      <ErrorNote error={paged.error} />
      <PagedTable
        paged={paged}
        empty={t('console.rejections.none')}
        columns={[
          t('console.rejections.received'),
          t('console.rejections.kiosk'),
          t('console.rejections.kind'),
          t('console.rejections.reason'),
          t('console.rejections.detail'),
          t('console.rejections.kioskTime'),
        ]}
        row={(r) => (
          <tr key={r.id}>
            <td>{dateTime(r.receivedAt)}</td>
            <td>{r.kioskName ?? t('console.rejections.unknownKiosk')}</td>
            <td>{r.kind}</td>
            <td>{r.reason.message[language.value]}</td>
            <td>{r.reason.detail ?? t('console.common.none')}</td>
            <td>{dateTime(r.kioskTime)}</td>
          </tr>
        )}
      />
    </>
  );
}
