/** "Help" (help.json): the emergency button's timing, and the services an elder can ask for. */
import { t } from '../../i18n';
import { HELP_ASKS, HELP_ICONS, type HelpAsk } from '../../shared/config/help';
import { Checkbox, FieldSet } from '../ui/Field';
import {
  ChoiceSetting,
  GroupProblem,
  ItemButtons,
  NumberSetting,
  TextSetting,
  ToggleSetting,
} from './controls';
import { draft, edit } from './draft';
import { LocalTextSetting } from './LocalTextField';
import { NoFileYet } from './NoFileYet';
import { getAt, moved } from './paths';
import { messageAt } from './problems';

const FILE = 'help.json';
const MAX_CATEGORIES = 12;

/** What a centre without help.json starts from: the demo's timing and no services yet. */
const NEW_HELP = {
  emergency: { countdownSeconds: 3, escalateAfterSeconds: 60, localAlarm: true },
  categories: [],
};

function Category({ index, count }: { index: number; count: number }) {
  const path = ['categories', index] as const;
  const categories = getAt(draft.value[FILE], ['categories']) as unknown[];
  const label = getAt(draft.value[FILE], [...path, 'label', 'zh-Hans']);
  const name = t('settings.common.nthNamed', {
    what: t('settings.help.category'),
    n: index + 1,
    name: typeof label === 'string' ? label : '',
  });
  const asksValue = getAt(draft.value[FILE], [...path, 'asks']);
  const asks = Array.isArray(asksValue) ? (asksValue as HelpAsk[]) : [];
  return (
    <fieldset class="fieldset settings__item">
      <legend>{name}</legend>
      <LocalTextSetting file={FILE} path={[...path, 'label']} label={t('settings.help.label')} />
      <div class="form__grid">
        <ChoiceSetting
          file={FILE}
          path={[...path, 'icon']}
          label={t('settings.help.icon')}
          options={HELP_ICONS.map((icon) => ({
            value: icon,
            label: t(`settings.help.icons.${icon}`),
          }))}
        />
        <TextSetting
          file={FILE}
          path={[...path, 'id']}
          label={t('settings.help.id')}
          hint={t('settings.common.idHint')}
        />
      </div>
      <FieldSet legend={t('settings.help.asks')} error={messageAt(FILE, [...path, 'asks'])}>
        {HELP_ASKS.map((ask) => (
          <Checkbox
            key={ask}
            label={t(`settings.help.askNames.${ask}`)}
            checked={asks.includes(ask)}
            onChange={(on) => {
              const next = HELP_ASKS.filter((a) => (a === ask ? on : asks.includes(a)));
              edit(FILE, [...path, 'asks'], next.length > 0 ? next : undefined);
            }}
          />
        ))}
      </FieldSet>
      <ToggleSetting
        file={FILE}
        path={[...path, 'complaint']}
        label={t('settings.help.complaint')}
      />
      <ItemButtons
        name={name}
        index={index}
        count={count}
        onMove={(by) => edit(FILE, ['categories'], moved(categories, index, by))}
        onRemove={() => edit(FILE, ['categories', index], undefined)}
      />
    </fieldset>
  );
}

export function HelpSection() {
  const help = draft.value[FILE];
  if (help === undefined) {
    return (
      <NoFileYet
        file={FILE}
        template={NEW_HELP}
        none={t('settings.help.none')}
        start={t('settings.help.start')}
      />
    );
  }
  const list = getAt(help, ['categories']);
  const categories = Array.isArray(list) ? list : [];
  return (
    <div class="form form--wide">
      <section class="settings__group" aria-labelledby="emergency-heading">
        <h2 id="emergency-heading">{t('settings.help.emergency')}</h2>
        <div class="form__grid">
          <NumberSetting
            file={FILE}
            path={['emergency', 'countdownSeconds']}
            label={t('settings.help.countdown')}
            hint={t('settings.help.countdownHint')}
          />
          <NumberSetting
            file={FILE}
            path={['emergency', 'escalateAfterSeconds']}
            label={t('settings.help.escalateAfter')}
            hint={t('settings.help.escalateAfterHint')}
          />
          <TextSetting
            file={FILE}
            path={['emergency', 'escalationPhone']}
            type="tel"
            optional
            label={t('settings.help.escalationPhone')}
            hint={t('settings.help.escalationPhoneHint')}
          />
          <ToggleSetting
            file={FILE}
            path={['emergency', 'localAlarm']}
            label={t('settings.help.localAlarm')}
          />
        </div>
      </section>
      <section class="settings__group" aria-labelledby="categories-heading">
        <h2 id="categories-heading">{t('settings.help.categories')}</h2>
        <p class="field__hint">{t('settings.help.categoriesHint')}</p>
        <GroupProblem file={FILE} path={['categories']} />
        {categories.map((_, i) => (
          <Category key={i} index={i} count={categories.length} />
        ))}
        {categories.length < MAX_CATEGORIES && (
          <button
            type="button"
            class="button"
            onClick={() =>
              edit(
                FILE,
                ['categories'],
                [
                  ...categories,
                  {
                    id: `service-${categories.length + 1}`,
                    icon: 'help',
                    label: { 'zh-Hans': '', 'zh-Hant': '', en: '' },
                  },
                ],
              )
            }
          >
            {t('settings.help.add')}
          </button>
        )}
      </section>
    </div>
  );
}
