/** The kiosks (admin): every one with what it last reported, revoke with a confirm, CSV. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { request } from '../api/http';
import type { Kiosk } from '../api/types';
import { ago } from '../app/format';
import { href } from '../app/router';
import { kiosksVersion, serverNow, withSeen } from '../live/live';
import { ErrorNote, SuccessNote } from '../ui/Notice';

export function KiosksPage() {
  const [kiosks, setKiosks] = useState<Kiosk[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [confirming, setConfirming] = useState<Kiosk | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const version = kiosksVersion.value;

  useEffect(() => {
    request<{ kiosks: Kiosk[] }>('GET', '/kiosks').then(
      (answer) => setKiosks(answer.kiosks),
      setError,
    );
  }, [version]);

  async function revoke(kiosk: Kiosk) {
    setError(null);
    try {
      const { kiosk: revoked } = await request<{ kiosk: Kiosk }>(
        'POST',
        `/kiosks/${encodeURIComponent(kiosk.id)}/revoke`,
      );
      setKiosks((list) => list?.map((k) => (k.id === revoked.id ? revoked : k)) ?? null);
      setDone(t('console.kiosks.revokedDone', { name: kiosk.name }));
    } catch (e) {
      setError(e);
    } finally {
      setConfirming(null);
    }
  }

  return (
    <>
      <div class="page-head">
        <h1 tabIndex={-1}>{t('console.kiosks.title')}</h1>
        <div class="actions">
          <a class="button button--primary" href={href('kiosks', 'enroll')}>
            {t('console.kiosks.enroll')}
          </a>
          <a class="button" href="/api/kiosks?format=csv" download>
            {t('console.common.exportCsv')}
          </a>
        </div>
      </div>
      <ErrorNote error={error} />
      {done && <SuccessNote>{done}</SuccessNote>}
      {confirming && (
        <div class="confirm" role="alertdialog" aria-labelledby="revoke-question">
          <p id="revoke-question">{t('console.kiosks.confirmRevoke', { name: confirming.name })}</p>
          <div class="actions">
            <button
              type="button"
              class="button button--danger"
              onClick={() => void revoke(confirming)}
            >
              {t('console.kiosks.confirmRevokeButton')}
            </button>
            <button type="button" class="button" onClick={() => setConfirming(null)}>
              {t('console.common.cancel')}
            </button>
          </div>
        </div>
      )}
      {kiosks === null ? (
        !error && <p>{t('console.common.loading')}</p>
      ) : kiosks.length === 0 ? (
        <p>{t('console.kiosks.none')}</p>
      ) : (
        <div class="table-wrap">
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{t('console.kiosks.name')}</th>
                <th scope="col">{t('console.kiosks.location')}</th>
                <th scope="col">{t('console.kiosks.lastSeen')}</th>
                <th scope="col">{t('console.kiosks.appVersion')}</th>
                <th scope="col">{t('console.kiosks.configVersion')}</th>
                <th scope="col">{t('console.kiosks.outbox')}</th>
                <th scope="col">{t('console.kiosks.lastError')}</th>
                <th scope="col">{t('console.kiosks.state')}</th>
                <th scope="col">{t('console.common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {kiosks.map((listed) => {
                const k = withSeen(listed);
                return (
                  <tr key={k.id} data-kiosk={k.id}>
                    <th scope="row">{k.name}</th>
                    <td>{k.location ?? t('console.common.none')}</td>
                    <td>{ago(k.lastSeenAt, serverNow.value)}</td>
                    <td>{k.appVersion ?? t('console.common.none')}</td>
                    <td>{k.configVersion ?? t('console.common.none')}</td>
                    <td>{k.outboxLength ?? 0}</td>
                    <td>{k.lastError ?? t('console.common.none')}</td>
                    <td>
                      {k.revokedAt ? (
                        <span class="badge badge--off">{t('console.kiosks.revoked')}</span>
                      ) : (
                        <span class="badge badge--ok">{t('console.kiosks.active')}</span>
                      )}
                    </td>
                    <td>
                      {!k.revokedAt && (
                        <button
                          type="button"
                          class="button button--danger-quiet"
                          aria-label={t('console.kiosks.revokeName', { name: k.name })}
                          onClick={() => {
                            setDone(null);
                            setConfirming(listed);
                          }}
                        >
                          {t('console.kiosks.revoke')}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
