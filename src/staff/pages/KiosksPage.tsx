/**
 * The kiosks (admin): every one with what it last reported, which config version it runs (and
 * whether that is behind), its own settings to edit, revoke with a confirm, CSV.
 */

import { useEffect, useState } from 'preact/hooks';
import * as v from 'valibot';
import { t, verbatim } from '../../i18n';
import { hrefOf } from '../../shared/api/contract';
import { parseJsonText } from '../../shared/config/json-text';
import { JOBS, type Job } from '../../shared/config/kiosk';
import { type KioskView as Kiosk, KiosksApi } from '../../shared/kiosks/api';
import { call } from '../api/client';
import { ago } from '../app/format';
import { href } from '../app/router';
import { kiosksVersion, serverNow, withSeen } from '../live/live';
import { currentVersion, listVersions } from '../settings/api';
import { type FleetKiosk, versionNumberOf } from '../settings/fleet';
import { KioskSettingsForm } from '../settings/KioskSettingsForm';
import { ErrorNote, SuccessNote } from '../ui/Notice';
import { ListTable } from '../ui/Pager';

/** What the fleet compares kiosks with: the current version, hashes by number, the centre's jobs. */
interface Versions {
  current: number;
  byHash: Map<string, number>;
  jobs: Job[] | null;
}

/** The centre's jobs, read from its kiosk.json (the rest of the file is the settings pages'). */
const KioskJobs = v.looseObject({ jobs: v.array(v.picklist(JOBS)) });

async function readVersions(): Promise<Versions> {
  const [current, list] = await Promise.all([currentVersion(), listVersions(1)]);
  const byHash = new Map(list.versions.map((v) => [v.hash, v.number]));
  byHash.set(current.hash, current.number);
  const kiosk = parseJsonText(current.files['kiosk.json'] ?? '');
  const listed = kiosk.ok ? v.safeParse(KioskJobs, kiosk.value) : null;
  return { current: current.number, byHash, jobs: listed?.success ? listed.output.jobs : null };
}

/** "第 3 版" and, when it is not the current one, "behind". */
function ConfigVersionCell({ kiosk, versions }: { kiosk: FleetKiosk; versions: Versions | null }) {
  const number = versions ? versionNumberOf(kiosk, versions.byHash) : null;
  if (number === null)
    return <>{kiosk.configVersion ? verbatim(kiosk.configVersion) : t('console.common.none')}</>;
  return (
    <>
      {t('settings.fleet.version', { number })}
      {versions && number !== versions.current && (
        <>
          {' '}
          <span class="badge badge--off">{t('settings.fleet.behind')}</span>
        </>
      )}
    </>
  );
}

export function KiosksPage() {
  const [kiosks, setKiosks] = useState<FleetKiosk[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [confirming, setConfirming] = useState<Kiosk | null>(null);
  const [editing, setEditing] = useState<FleetKiosk | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [versions, setVersions] = useState<Versions | null>(null);
  const version = kiosksVersion.value;

  useEffect(() => {
    call(KiosksApi.list).then((answer) => setKiosks(answer.kiosks), setError);
    // Without the versions the list still shows each kiosk's version as it reported it.
    readVersions().then(setVersions, () => setVersions(null));
  }, [version]);

  async function revoke(kiosk: Kiosk) {
    setError(null);
    try {
      const { kiosk: revoked } = await call(KiosksApi.revoke, { params: { id: kiosk.id } });
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
          <a class="button" href={hrefOf(KiosksApi.list, { query: { format: 'csv' } })} download>
            {t('console.common.exportCsv')}
          </a>
        </div>
      </div>
      <ErrorNote error={error} />
      {done && <SuccessNote>{done}</SuccessNote>}
      {editing && (
        <KioskSettingsForm
          key={editing.id}
          kiosk={editing}
          centreJobs={versions?.jobs ?? null}
          onCancel={() => setEditing(null)}
          onSaved={(saved) => {
            setKiosks(
              (list) => list?.map((k) => (k.id === saved.id ? { ...k, ...saved } : k)) ?? null,
            );
            setEditing(null);
            setDone(t('settings.fleet.saved', { name: saved.name }));
          }}
        />
      )}
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
          t('settings.fleet.configError'),
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
              <td>
                <ConfigVersionCell kiosk={listed} versions={versions} />
              </td>
              <td>{listed.configError ?? t('console.common.none')}</td>
              <td>{k.outboxLength ?? 0}</td>
              <td>{k.lastError ?? t('console.common.none')}</td>
              <td>
                {k.revokedAt ? (
                  <span class="badge badge--off">{t('console.kiosks.revoked')}</span>
                ) : (
                  <span class="badge badge--ok">{t('console.kiosks.active')}</span>
                )}
                {k.move && (
                  <span class={k.move === 'moved' ? 'badge badge--ok' : 'badge'} data-move={k.move}>
                    {t(
                      k.move === 'moved'
                        ? 'console.kiosks.moveMoved'
                        : 'console.kiosks.moveDraining',
                    )}
                  </span>
                )}
              </td>
              <td>
                <div class="actions actions--row">
                  {!k.revokedAt && (
                    <button
                      type="button"
                      class="button"
                      aria-label={t('settings.fleet.editName', { name: k.name })}
                      onClick={() => {
                        setDone(null);
                        setConfirming(null);
                        setEditing(listed);
                      }}
                    >
                      {t('settings.fleet.edit')}
                    </button>
                  )}
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
                </div>
              </td>
            </tr>
          );
        }}
      />
    </>
  );
}
