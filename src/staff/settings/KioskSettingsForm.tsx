/**
 * One kiosk's own settings, from the fleet page: its name and place, which way its screen
 * stands, and (for a kiosk with one purpose, like the one by the canteen) which jobs it offers.
 */
import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import { JOBS, type Job } from '../../shared/config/kiosk';
import {
  type KioskSettings,
  ORIENTATIONS,
  type Orientation,
} from '../../shared/config/versions-api';
import type { FieldProblem } from '../api/http';
import { Checkbox, FieldSet, Radio, TextField } from '../ui/Field';
import { ErrorNote } from '../ui/Notice';
import { fieldMessage, localInvalid } from '../ui/problems';
import { saveKioskSettings } from './api';
import { type FleetKiosk, settingsOf } from './fleet';

/** What the form's own check finds, before anything is sent (the server checks again). */
export function settingsProblems(s: KioskSettings): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (s.name.trim() === '')
    problems.push({ path: 'name', message: t('settings.fleet.nameMissing') });
  if (s.jobs !== null && s.jobs.length === 0)
    problems.push({ path: 'jobs', message: t('settings.fleet.jobsEmpty') });
  return problems;
}

export function KioskSettingsForm({
  kiosk,
  centreJobs,
  onSaved,
  onCancel,
}: {
  kiosk: FleetKiosk;
  /** The jobs of the centre's config, in its order: a kiosk offers some of these. */
  centreJobs: readonly Job[] | null;
  onSaved: (kiosk: FleetKiosk) => void;
  onCancel: () => void;
}) {
  const [settings, setSettings] = useState<KioskSettings>(settingsOf(kiosk));
  const [error, setError] = useState<unknown>(null);
  const [working, setWorking] = useState(false);
  const offered = centreJobs ?? JOBS;
  // Jobs this kiosk had that the centre no longer offers stay visible, so they can be unticked.
  const choices = [...offered, ...(settings.jobs ?? []).filter((j) => !offered.includes(j))];
  const set = (change: Partial<KioskSettings>) => setSettings((s) => ({ ...s, ...change }));

  async function save(event: Event) {
    event.preventDefault();
    const input: KioskSettings = {
      ...settings,
      name: settings.name.trim(),
      location: settings.location?.trim() || null,
    };
    const problems = settingsProblems(input);
    if (problems.length > 0) {
      setError(localInvalid(problems));
      return;
    }
    setWorking(true);
    setError(null);
    try {
      onSaved(await saveKioskSettings(kiosk.id, input));
    } catch (e) {
      setError(e);
    } finally {
      setWorking(false);
    }
  }

  return (
    <form
      class="form form--wide settings__kiosk-form"
      aria-labelledby="kiosk-settings-heading"
      onSubmit={save}
      noValidate
    >
      <h2 id="kiosk-settings-heading" tabIndex={-1}>
        {t('settings.fleet.editTitle', { name: kiosk.name })}
      </h2>
      <ErrorNote error={error} />
      <div class="form__grid">
        <TextField
          label={t('settings.fleet.name')}
          value={settings.name}
          error={fieldMessage(error, 'name')}
          onInput={(name) => set({ name })}
        />
        <TextField
          label={t('settings.fleet.location')}
          hint={t('settings.fleet.locationHint')}
          value={settings.location ?? ''}
          error={fieldMessage(error, 'location')}
          onInput={(location) => set({ location })}
        />
      </div>
      <FieldSet legend={t('settings.fleet.orientation')} error={fieldMessage(error, 'orientation')}>
        {([null, ...ORIENTATIONS] as (Orientation | null)[]).map((o) => (
          <Radio
            key={o ?? 'auto'}
            name="kiosk-orientation"
            label={t(`settings.orientations.${o ?? 'auto'}`)}
            checked={settings.orientation === o}
            onChange={() => set({ orientation: o })}
          />
        ))}
      </FieldSet>
      <FieldSet legend={t('settings.fleet.jobs')} error={fieldMessage(error, 'jobs')}>
        <Radio
          name="kiosk-jobs"
          label={t('settings.fleet.allJobs')}
          checked={settings.jobs === null}
          onChange={() => set({ jobs: null })}
        />
        <Radio
          name="kiosk-jobs"
          label={t('settings.fleet.someJobs')}
          checked={settings.jobs !== null}
          onChange={() => set({ jobs: [...offered] })}
        />
        {settings.jobs !== null && (
          <div class="fieldset__note settings__job-choices">
            {choices.map((job) => (
              <Checkbox
                key={job}
                label={t(`settings.jobs.${job}`)}
                checked={settings.jobs?.includes(job) ?? false}
                onChange={(on) =>
                  set({
                    // In the centre's order, as the kiosk shows them.
                    jobs: choices.filter((j) => (j === job ? on : settings.jobs?.includes(j))),
                  })
                }
              />
            ))}
          </div>
        )}
      </FieldSet>
      <div class="actions">
        <button type="submit" class="button button--primary" disabled={working}>
          {working ? t('console.common.saving') : t('settings.fleet.save')}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {t('console.common.cancel')}
        </button>
      </div>
    </form>
  );
}
