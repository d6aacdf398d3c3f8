/** The kiosks (admin): every one with what it last reported, revoke with a confirm, CSV. */

import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { request } from '../api/http';
import type { Kiosk } from '../api/types';
import { ago } from '../app/format';
import { href } from '../app/router';
import { kiosksVersion, serverNow, withSeen } from '../live/live';
import { ErrorNote, SuccessNote } from '../ui/Notice';
import { ListTable } from '../ui/Pager';

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
      <ListTable
        items={kiosks}
        error={error}
        empty={t('console.kiosks.none')}
        columns={[
          t('console.kiosks.name'),
          t('console.kiosks.location'),
          t('console.kiosks.lastSeen'),
          t('console.kiosks.appVersion'),
          t('console.kiosks.configVersion'),
          t('console.kiosks.outbox'),
          t('console.kiosks.lastError'),
          t('console.kiosks.state'),
          t('console.common.actions'),
        ]}
        row={(listed) => {
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
        }}
      />
    </>
  );
}
