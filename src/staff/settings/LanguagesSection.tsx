/** "Languages" (kiosk.json languages): which the kiosk offers, and which a session starts in. */
import { t } from '../../i18n';
import { LANGUAGES, type Language } from '../../shared/config/fields';
import { Checkbox, FieldSet } from '../ui/Field';
import { ChoiceSetting } from './controls';
import { draft, edit } from './draft';
import { getAt } from './paths';
import { messageAt } from './problems';

const FILE = 'kiosk.json';

export function LanguagesSection() {
  const value = getAt(draft.value[FILE], ['languages', 'enabled']);
  const enabled = Array.isArray(value) ? (value as Language[]) : [];
  return (
    <div class="form">
      <FieldSet
        legend={t('settings.languages.enabled')}
        error={messageAt(FILE, ['languages', 'enabled'])}
      >
        {LANGUAGES.map((lang) => (
          <Checkbox
            key={lang}
            label={t(`settings.languageNames.${lang}`)}
            checked={enabled.includes(lang)}
            onChange={(on) =>
              edit(
                FILE,
                ['languages', 'enabled'],
                // Kept in the kiosk's own order, so the language buttons never swap places.
                LANGUAGES.filter((l) => (l === lang ? on : enabled.includes(l))),
              )
            }
          />
        ))}
      </FieldSet>
      <ChoiceSetting
        file={FILE}
        path={['languages', 'default']}
        label={t('settings.languages.default')}
        hint={t('settings.languages.defaultHint')}
        options={LANGUAGES.map((lang) => ({
          value: lang,
          label: t(`settings.languageNames.${lang}`),
        }))}
      />
    </div>
  );
}
