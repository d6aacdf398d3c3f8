/** "Kiosk behaviour" (kiosk.json): the home-screen jobs and their order, timing, touch, display. */
import { runtimeKey, t } from '../../i18n';
import { JOBS, type Job } from '../../shared/config/kiosk';
import { Checkbox } from '../ui/Field';
import { ChoiceSetting, GroupProblem, ItemButtons, NumberSetting, ToggleSetting } from './controls';
import { draft, edit } from './draft';
import { getAt, moved } from './paths';

const FILE = 'kiosk.json';

/** The text sizes a session can start in, as kiosk.json writes them. */
export const TEXT_SIZES = [1, 1.3, 1.6] as const;

function Jobs() {
  const value = getAt(draft.value[FILE], ['jobs']);
  const on = Array.isArray(value) ? (value as Job[]) : [];
  const off = JOBS.filter((job) => !on.includes(job));
  return (
    <section class="settings__group" aria-labelledby="jobs-heading">
      <h2 id="jobs-heading">{t('settings.kiosk.jobs')}</h2>
      <p class="field__hint">{t('settings.kiosk.jobsHint')}</p>
      <GroupProblem file={FILE} path={['jobs']} />
      <ol class="settings__jobs">
        {on.map((job, i) => (
          <li key={job} class="settings__job">
            <Checkbox
              label={t(`settings.jobs.${job}`)}
              checked
              onChange={() =>
                edit(
                  FILE,
                  ['jobs'],
                  on.filter((j) => j !== job),
                )
              }
            />
            <ItemButtons
              name={t(`settings.jobs.${job}`)}
              index={i}
              count={on.length}
              onMove={(by) => edit(FILE, ['jobs'], moved(on, i, by))}
            />
          </li>
        ))}
      </ol>
      {off.length > 0 && (
        <>
          <h3>{t('settings.kiosk.jobsOff')}</h3>
          <ul class="settings__jobs">
            {off.map((job) => (
              <li key={job} class="settings__job">
                <Checkbox
                  label={t(`settings.jobs.${job}`)}
                  checked={false}
                  onChange={() => edit(FILE, ['jobs'], [...on, job])}
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function KioskSection() {
  return (
    <div class="form form--wide">
      <Jobs />
      <section class="settings__group" aria-labelledby="idle-heading">
        <h2 id="idle-heading">{t('settings.kiosk.idle')}</h2>
        <div class="form__grid">
          <NumberSetting
            file={FILE}
            path={['idle', 'timeoutSeconds']}
            label={t('settings.kiosk.idleTimeout')}
            hint={t('settings.kiosk.idleTimeoutHint')}
          />
          <NumberSetting
            file={FILE}
            path={['idle', 'warningSeconds']}
            label={t('settings.kiosk.idleWarning')}
            hint={t('settings.kiosk.idleWarningHint')}
          />
        </div>
      </section>
      <section class="settings__group" aria-labelledby="touch-heading">
        <h2 id="touch-heading">{t('settings.kiosk.touch')}</h2>
        <div class="form__grid">
          <NumberSetting
            file={FILE}
            path={['touch', 'repeatIgnoreMs']}
            label={t('settings.kiosk.repeatIgnore')}
            hint={t('settings.kiosk.repeatIgnoreHint')}
          />
          <ToggleSetting
            file={FILE}
            path={['touch', 'clickSound']}
            label={t('settings.kiosk.clickSound')}
          />
        </div>
      </section>
      <section class="settings__group" aria-labelledby="display-heading">
        <h2 id="display-heading">{t('settings.kiosk.display')}</h2>
        <div class="form__grid">
          <ChoiceSetting
            file={FILE}
            path={['display', 'defaultTextSize']}
            label={t('settings.kiosk.textSize')}
            options={TEXT_SIZES.map((size) => ({
              value: size,
              label: t(runtimeKey(`settings.textSizes.${String(size).replace('.', '_')}`)),
            }))}
          />
          <ToggleSetting
            file={FILE}
            path={['display', 'highContrast']}
            label={t('settings.kiosk.highContrast')}
          />
          <NumberSetting
            file={FILE}
            path={['attract', 'speakEveryMinutes']}
            label={t('settings.kiosk.attractEvery')}
            hint={t('settings.kiosk.attractEveryHint')}
          />
        </div>
      </section>
    </div>
  );
}
