/** The overview, live: kiosks online, entries waiting on kiosks, refusals, each kiosk's state. */
import { t } from '../../i18n';
import { allowed } from '../app/access';
import { ago } from '../app/format';
import { href } from '../app/router';
import { dashboardError, lastPush, liveDashboard, serverNow, streamState } from '../live/live';
import { ErrorNote } from '../ui/Notice';

/** Bytes as gigabytes with one decimal, for the disk warning. */
function gigabytes(bytes: number): string {
  return (bytes / 1024 ** 3).toFixed(1);
}

export function DashboardPage() {
  const d = liveDashboard.value;
  const push = lastPush.value;
  return (
    <>
      <div class="page-head">
        <h1 tabIndex={-1}>{t('console.dashboard.title')}</h1>
        <p class={`live live--${streamState.value}`} role="status">
          {streamState.value === 'reconnecting'
            ? t('console.dashboard.reconnecting')
            : t('console.dashboard.live')}
        </p>
      </div>
      <ErrorNote error={dashboardError.value} />
      {d?.disk?.low && (
        <p class="notice notice--error" role="alert" data-notice="disk-low">
          {t('console.dashboard.diskLow', {
            free: gigabytes(d.disk.freeBytes),
            total: gigabytes(d.disk.totalBytes),
          })}
        </p>
      )}
      {!d ? (
        <p>{t('console.common.loading')}</p>
      ) : (
        <>
          <dl class="figures">
            <div class="figure" data-figure="online">
              <dt>{t('console.dashboard.online')}</dt>
              <dd>
                <span class="figure__value">
                  {t('console.dashboard.onlineValue', { online: d.online, total: d.total })}
                </span>
                <span class="figure__hint">{t('console.dashboard.onlineHint')}</span>
              </dd>
            </div>
            <div class="figure" data-figure="pending">
              <dt>{t('console.dashboard.pending')}</dt>
              <dd>
                <span class="figure__value">
                  {t('console.dashboard.pendingValue', { count: d.pendingEntries })}
                </span>
              </dd>
            </div>
            <div class="figure" data-figure="meals-today">
              <dt>{t('console.dashboard.mealsToday')}</dt>
              <dd>
                <span class="figure__value">
                  {t('console.dashboard.mealsTodayValue', { count: d.today.meals })}
                </span>
              </dd>
            </div>
            <div class="figure" data-figure="open-calls">
              <dt>{t('console.dashboard.openCalls')}</dt>
              <dd>
                <span class="figure__value">
                  {t('console.dashboard.openCallsValue', { count: d.today.openCalls })}
                </span>
              </dd>
            </div>
            <div class="figure" data-figure="open-requests">
              <dt>{t('console.dashboard.openRequests')}</dt>
              <dd>
                <span class="figure__value">
                  {t('console.dashboard.openRequestsValue', { count: d.today.openRequests })}
                </span>
              </dd>
            </div>
            <div class="figure" data-figure="rejections">
              <dt>{t('console.dashboard.rejections')}</dt>
              <dd>
                <span class="figure__value">
                  {t('console.dashboard.rejectionsValue', { count: d.rejections })}
                </span>
                {allowed('sync.rejections') && (
                  <a href={href('rejections')}>{t('console.dashboard.seeRejections')}</a>
                )}
              </dd>
            </div>
          </dl>
          <p class="news" aria-live="polite">
            {push &&
              t('console.dashboard.lastPush', {
                kiosk: push.kioskName,
                accepted: push.accepted,
                rejected: push.rejected,
              })}
          </p>
          <h2>{t('console.dashboard.kiosks')}</h2>
          {d.kiosks.length === 0 ? (
            <p>{t('console.dashboard.noKiosks')}</p>
          ) : (
            <div class="table-wrap">
              <table class="table">
                <thead>
                  <tr>
                    <th scope="col">{t('console.kiosks.name')}</th>
                    <th scope="col">{t('console.dashboard.status')}</th>
                    <th scope="col">{t('console.dashboard.lastSeen')}</th>
                    <th scope="col">{t('console.dashboard.outbox')}</th>
                    <th scope="col">{t('console.dashboard.lastProblem')}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.kiosks.map((k) => (
                    <tr key={k.id} data-kiosk={k.id}>
                      <th scope="row">{k.name}</th>
                      <td>
                        <span class={`badge badge--${k.online ? 'ok' : 'off'}`}>
                          {k.online
                            ? t('console.dashboard.online1')
                            : t('console.dashboard.offline')}
                        </span>
                      </td>
                      <td>{ago(k.lastSeenAt, serverNow.value)}</td>
                      <td>{k.outboxLength ?? 0}</td>
                      <td>{k.lastError ?? t('console.dashboard.noProblem')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </>
  );
}
