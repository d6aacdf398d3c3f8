/**
 * "About the centre" (centre.json): name, address, where staff sit, phones, hours, activities,
 * and for classes the communities and the yearly training target (TrainingSettings.tsx).
 */
import { t } from '../../i18n';
import { Checkbox, FieldSet, Radio } from '../ui/Field';
import { ChoiceSetting, GroupProblem, ItemButtons, TextSetting } from './controls';
import { draft, edit } from './draft';
import { LocalTextSetting } from './LocalTextField';
import { getAt, moved, type Path } from './paths';
import { messageAt } from './problems';
import { TrainingSettings } from './TrainingSettings';

const FILE = 'centre.json';
const PHONE_KINDS = ['duty', 'front-desk', 'emergency', 'other'] as const;
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
const MAX_PHONES = 6;
const BLANK_TEXT = { 'zh-Hans': '', 'zh-Hant': '', en: '' };

const listAt = (path: Path): unknown[] => {
  const value = getAt(draft.value[FILE], path);
  return Array.isArray(value) ? value : [];
};

/** Weekdays 1 (Monday) to 7 (Sunday) as checkboxes; kept in order. */
export function DaysSetting({ file, path, label }: { file: string; path: Path; label: string }) {
  const value = getAt(draft.value[file], path);
  const days = Array.isArray(value) ? (value as number[]) : [];
  return (
    <FieldSet legend={label} error={messageAt(file, path)}>
      {WEEKDAYS.map((day) => (
        <Checkbox
          key={day}
          label={t(`settings.weekdays.${day}`)}
          checked={days.includes(day)}
          onChange={(on) =>
            edit(
              file,
              path,
              on ? [...days, day].sort((a, b) => a - b) : days.filter((d) => d !== day),
            )
          }
        />
      ))}
    </FieldSet>
  );
}

function Phones() {
  const phones = listAt(['phones']);
  const what = t('settings.centre.phone');
  return (
    <section class="settings__group" aria-labelledby="phones-heading">
      <h2 id="phones-heading">{t('settings.centre.phones')}</h2>
      <p class="field__hint">{t('settings.centre.phonesHint')}</p>
      <GroupProblem file={FILE} path={['phones']} />
      {phones.map((_, i) => {
        const name = t('settings.common.nth', { what, n: i + 1 });
        return (
          <fieldset key={i} class="fieldset settings__item">
            <legend>{name}</legend>
            <div class="form__grid">
              <ChoiceSetting
                file={FILE}
                path={['phones', i, 'kind']}
                label={t('settings.centre.phoneKind')}
                options={PHONE_KINDS.map((k) => ({
                  value: k,
                  label: t(`settings.centre.phoneKinds.${k}`),
                }))}
              />
              <TextSetting
                file={FILE}
                path={['phones', i, 'number']}
                type="tel"
                label={t('settings.centre.phoneNumber')}
                hint={t('settings.centre.phoneNumberHint')}
              />
            </div>
            <LocalTextSetting
              file={FILE}
              path={['phones', i, 'label']}
              label={t('settings.centre.phoneLabel')}
            />
            <ItemButtons
              name={name}
              index={i}
              count={phones.length}
              onMove={(by) => edit(FILE, ['phones'], moved(phones, i, by))}
              onRemove={() => edit(FILE, ['phones', i], undefined)}
            />
          </fieldset>
        );
      })}
      {phones.length < MAX_PHONES && (
        <button
          type="button"
          class="button"
          onClick={() =>
            edit(FILE, ['phones'], [...phones, { kind: 'other', label: BLANK_TEXT, number: '' }])
          }
        >
          {t('settings.centre.addPhone')}
        </button>
      )}
    </section>
  );
}

function Hours() {
  const hours = listAt(['openingHours']);
  const what = t('settings.centre.period');
  return (
    <section class="settings__group" aria-labelledby="hours-heading">
      <h2 id="hours-heading">{t('settings.centre.openingHours')}</h2>
      <GroupProblem file={FILE} path={['openingHours']} />
      {hours.map((_, i) => {
        const name = t('settings.common.nth', { what, n: i + 1 });
        return (
          <fieldset key={i} class="fieldset settings__item">
            <legend>{name}</legend>
            <DaysSetting
              file={FILE}
              path={['openingHours', i, 'days']}
              label={t('settings.centre.days')}
            />
            <div class="form__grid">
              <TextSetting
                file={FILE}
                path={['openingHours', i, 'open']}
                label={t('settings.centre.open')}
                hint={t('settings.common.timeHint')}
              />
              <TextSetting
                file={FILE}
                path={['openingHours', i, 'close']}
                label={t('settings.centre.close')}
                hint={t('settings.common.timeHint')}
              />
            </div>
            <ItemButtons
              name={name}
              index={i}
              count={hours.length}
              onMove={(by) => edit(FILE, ['openingHours'], moved(hours, i, by))}
              onRemove={() => edit(FILE, ['openingHours', i], undefined)}
            />
          </fieldset>
        );
      })}
      <button
        type="button"
        class="button"
        onClick={() =>
          edit(FILE, ['openingHours'], [...hours, { days: [1, 2, 3, 4, 5], open: '', close: '' }])
        }
      >
        {t('settings.centre.addPeriod')}
      </button>
    </section>
  );
}

function Activity({ index, count }: { index: number; count: number }) {
  const path = ['activities', index] as const;
  const activity = (getAt(draft.value[FILE], path) ?? {}) as { date?: unknown; days?: unknown };
  const weekly = activity.date === undefined;
  const title = getAt(draft.value[FILE], [...path, 'title', 'zh-Hans']);
  const name = t('settings.common.nthNamed', {
    what: t('settings.centre.activity'),
    n: index + 1,
    name: typeof title === 'string' ? title : '',
  });
  const activities = listAt(['activities']);
  return (
    <fieldset class="fieldset settings__item">
      <legend>{name}</legend>
      <LocalTextSetting file={FILE} path={[...path, 'title']} label={t('settings.centre.title')} />
      <LocalTextSetting file={FILE} path={[...path, 'place']} label={t('settings.centre.place')} />
      <div class="form__grid">
        <TextSetting
          file={FILE}
          path={[...path, 'start']}
          label={t('settings.centre.start')}
          hint={t('settings.common.timeHint')}
        />
        <TextSetting
          file={FILE}
          path={[...path, 'end']}
          label={t('settings.centre.end')}
          hint={t('settings.common.timeHint')}
        />
        <TextSetting
          file={FILE}
          path={[...path, 'id']}
          label={t('settings.centre.activityId')}
          hint={t('settings.common.idHint')}
        />
      </div>
      <FieldSet legend={t('settings.centre.repeat')}>
        <Radio
          name={`activity-${index}-repeat`}
          label={t('settings.centre.weekly')}
          checked={weekly}
          onChange={() => {
            edit(FILE, [...path, 'date'], undefined);
            edit(FILE, [...path, 'days'], [1]);
          }}
        />
        <Radio
          name={`activity-${index}-repeat`}
          label={t('settings.centre.once')}
          checked={!weekly}
          onChange={() => {
            edit(FILE, [...path, 'days'], undefined);
            edit(FILE, [...path, 'date'], '');
          }}
        />
      </FieldSet>
      {weekly ? (
        <DaysSetting file={FILE} path={[...path, 'days']} label={t('settings.centre.days')} />
      ) : (
        <TextSetting
          file={FILE}
          path={[...path, 'date']}
          type="date"
          label={t('settings.centre.date')}
        />
      )}
      <ItemButtons
        name={name}
        index={index}
        count={count}
        onMove={(by) => edit(FILE, ['activities'], moved(activities, index, by))}
        onRemove={() => edit(FILE, ['activities', index], undefined)}
      />
    </fieldset>
  );
}

function Activities() {
  const activities = listAt(['activities']);
  return (
    <section class="settings__group" aria-labelledby="activities-heading">
      <h2 id="activities-heading">{t('settings.centre.activities')}</h2>
      <GroupProblem file={FILE} path={['activities']} />
      {activities.map((_, i) => (
        <Activity key={i} index={i} count={activities.length} />
      ))}
      <button
        type="button"
        class="button"
        onClick={() =>
          edit(
            FILE,
            ['activities'],
            [
              ...activities,
              {
                id: `activity-${activities.length + 1}`,
                title: BLANK_TEXT,
                place: BLANK_TEXT,
                start: '',
                end: '',
                days: [1],
              },
            ],
          )
        }
      >
        {t('settings.centre.addActivity')}
      </button>
    </section>
  );
}

export function CentreSection() {
  return (
    <div class="form form--wide">
      <LocalTextSetting file={FILE} path={['name']} label={t('settings.centre.name')} />
      <LocalTextSetting file={FILE} path={['address']} label={t('settings.centre.address')} />
      <LocalTextSetting
        file={FILE}
        path={['staffLocation']}
        label={t('settings.centre.staffLocation')}
        hint={t('settings.centre.staffLocationHint')}
      />
      <TextSetting
        file={FILE}
        path={['timeZone']}
        label={t('settings.centre.timeZone')}
        hint={t('settings.centre.timeZoneHint')}
      />
      <Phones />
      <Hours />
      <Activities />
      <TrainingSettings />
    </div>
  );
}
