/** The kiosk's staff screen: what this kiosk is and runs, voice check and test, reload. */
import { t, verbatim } from '../../../i18n';
import { JOBS } from '../../../shared/config/schema';
import { recentErrors } from '../../app/device';
import { KioskScreen } from '../../app/frame/KioskScreen';
import { currentKioskId, enrollment, offline } from '../../app/offline';
import { puller, replica } from '../../app/pull';
import { home, navigate } from '../../app/router';
import { getVoice, say, usePrompt } from '../../app/speech';
import { configError, device, kioskSettings, session, useConfig } from '../../app/state';
import { ageOf } from '../../offline/age';
import { rosterStatus } from '../../offline/roster';
import { BigButton, ScrollArea } from '../../ui';
import { describeVoiceStatus } from '../../voice';
import { AVAILABLE_JOBS } from '../home/HomeScreen';
import { identify } from '../identify/identify';

export function StaffScreen() {
  const config = useConfig();
  usePrompt(t('staff.screen.prompt'));
  if (!session.value?.staffUnlocked) {
    home();
    return null;
  }
  const voice = getVoice();
  const missing = config.kiosk.jobs.filter((j) => !AVAILABLE_JOBS[j] && JOBS.includes(j));
  const errors = recentErrors().slice(0, 5);
  const persisted = device.storagePersisted.value;
  const rows: [string, string][] = [
    [t('staff.screen.centre'), verbatim(config.centre.id)],
    [t('staff.screen.kioskId'), verbatim(currentKioskId())],
    ...syncRows(),
    ...rosterRows(),
    [t('staff.screen.appVersion'), verbatim(__APP_VERSION__)],
    [t('staff.screen.configVersion'), verbatim(config.version)],
    [
      t('staff.screen.storage'),
      persisted === 'unknown'
        ? t('staff.screen.storageUnknown')
        : persisted
          ? t('staff.screen.storagePersisted')
          : t('staff.screen.storageNotPersisted'),
    ],
    [
      t('staff.screen.online'),
      device.online.value ? t('staff.screen.onlineYes') : t('staff.screen.onlineNo'),
    ],
    [
      t('staff.screen.update'),
      device.updateWaiting.value ? t('staff.screen.updateWaiting') : t('staff.screen.updateNone'),
    ],
    [t('staff.screen.voice'), voice ? describeVoiceStatus(voice.status.value) : '—'],
  ];
  return (
    <KioskScreen title={t('staff.screen.title')}>
      <ScrollArea label={t('staff.screen.title')}>
        <dl class="facts">
          {rows.map(([k, v]) => (
            <div key={k} class="facts__row">
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
        {missing.length > 0 && (
          <p>
            {t('staff.screen.jobsMissing', {
              jobs: missing.map((j) => t(`shell.jobs.${j}`)).join(' · '),
            })}
          </p>
        )}
        <h2>{t('staff.screen.errors')}</h2>
        {errors.length === 0 ? (
          <p>{t('staff.screen.noErrors')}</p>
        ) : (
          <ul class="plain-list">
            {errors.map((e) => (
              <li key={e.at}>{verbatim(`${e.at} — ${e.where}: ${e.message}`)}</li>
            ))}
          </ul>
        )}
      </ScrollArea>
      <div class="action-row">
        <BigButton
          id="staff-enroll"
          icon="settings"
          label={t('staff.screen.enroll')}
          onPress={() => navigate('staff-enroll')}
        />
        <BigButton
          id="staff-identify-test"
          icon="user"
          label={t('identify.roster.test')}
          onPress={() => identify({ next: 'staff', test: true })}
        />
        <BigButton
          id="staff-voice-test"
          icon="speaker"
          label={t('staff.screen.voiceTest')}
          onPress={() => say(t('staff.screen.voiceTestText'))}
        />
        <BigButton
          id="staff-reload"
          icon="settings"
          label={t('staff.screen.reload')}
          variant="secondary"
          onPress={() => location.reload()}
        />
        <BigButton
          id="staff-exit"
          icon="lock"
          label={t('staff.screen.exit')}
          variant="secondary"
          onPress={home}
        />
      </div>
    </KioskScreen>
  );
}

/** Enrollment and sending: the kiosk's name, whether it may send, what waits, and the last problem. */
function syncRows(): [string, string][] {
  const enrolledAs = enrollment.value;
  const o = offline.value;
  const needsEnrollment =
    !enrolledAs ||
    (o?.sync.needsEnrollment.value ?? false) ||
    (puller.value?.needsEnrollment.value ?? false);
  const rows: [string, string][] = [
    // The fleet page's name and place, once published to this kiosk; else the enrollment's.
    [t('staff.screen.kioskName'), verbatim(kioskSettings.value?.name ?? enrolledAs?.name ?? '—')],
    [
      t('configUpdates.staff.location'),
      verbatim(kioskSettings.value?.location ?? enrolledAs?.location ?? '—'),
    ],
    ...(configError.value
      ? [[t('configUpdates.staff.refused'), verbatim(configError.value)] as [string, string]]
      : []),
    [
      t('staff.screen.enrollment'),
      needsEnrollment ? t('sync.staff.needsEnrollment') : t('staff.screen.enrolled'),
    ],
  ];
  if (!o) return rows;
  const pending = o.outbox.pendingCount.value;
  const lastSyncAt = o.outbox.lastSyncAt.value;
  const problem = o.outbox.lastError.value;
  let lastSent = t('sync.lastSent.never');
  if (lastSyncAt !== null) {
    const age = ageOf(Date.now() - lastSyncAt);
    lastSent = t(`sync.lastSent.${age.unit}`, { count: age.count });
  }
  rows.push(
    [
      t('staff.screen.pending'),
      pending === 0 ? t('sync.allSent') : t('sync.pending', { count: pending }),
    ],
    [t('staff.screen.lastSent'), lastSent],
    [
      t('staff.screen.lastProblem'),
      problem
        ? t(`sync.problem.${problem.code}`, { status: problem.status ?? '—' })
        : t('staff.screen.noProblem'),
    ],
  );
  return rows;
}

/** The offline roster: how old and how big, and what went wrong with the last pull. */
function rosterRows(): [string, string][] {
  const { ageMs, members } = rosterStatus(replica.value, Date.now());
  let age = t('identify.roster.age.never');
  if (ageMs !== null) {
    const { unit, count } = ageOf(ageMs);
    age = t(`identify.roster.age.${unit}`, { count, members });
  }
  const problem = puller.value?.lastProblem.value ?? null;
  let said = t('staff.screen.noProblem');
  if (problem?.code === 'invalid_changes')
    said = t('identify.roster.invalid', { count: problem.count ?? 0 });
  else if (problem) said = t(`sync.problem.${problem.code}`, { status: problem.status ?? '—' });
  return [
    [t('identify.roster.title'), age],
    [t('identify.roster.problem'), said],
  ];
}
