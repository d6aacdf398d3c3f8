/**
 * "Voice" (kiosk.json voice): the speech engine, a voice per language, speed, volume. The Azure
 * key comes back from the server masked; it is shown so, and a new one is typed in its own box.
 * Sending the mask back keeps the stored key.
 */
import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import { LANGUAGES } from '../../shared/config/fields';
import { parseJsonText } from '../../shared/config/json-text';
import { TextField } from '../ui/Field';
import { ChoiceSetting, NumberSetting, TextSetting, ToggleSetting } from './controls';
import { AZURE_KEY, base, draft, edit, isMaskedSecret } from './draft';
import { getAt } from './paths';
import { messageAt } from './problems';

const FILE = 'kiosk.json';
const PROVIDERS = ['browser', 'azure'] as const;

/** The key as the server answered it (masked), when there is one. */
function storedKey(): string | null {
  const text = base.value?.files[FILE];
  if (!text) return null;
  const json = parseJsonText(text);
  const key = json.ok ? getAt(json.value, AZURE_KEY) : undefined;
  return typeof key === 'string' ? key : null;
}

function AzureKey() {
  const masked = storedKey();
  const value = getAt(draft.value[FILE], AZURE_KEY);
  const [typed, setTyped] = useState(isMaskedSecret(value) ? '' : String(value ?? ''));
  return (
    <div class="field">
      {masked && isMaskedSecret(masked) && (
        <p>
          {t('settings.voice.keyNow')} <span class="mono">{masked}</span>
        </p>
      )}
      <TextField
        type="password"
        autoComplete="off"
        label={masked ? t('settings.voice.replaceKey') : t('settings.voice.key')}
        hint={masked ? t('settings.voice.replaceKeyHint') : t('settings.voice.keyHint')}
        error={messageAt(FILE, AZURE_KEY)}
        value={typed}
        onInput={(text) => {
          setTyped(text);
          // An empty box means "keep the key we have": the mask goes back to the server.
          edit(FILE, AZURE_KEY, text.trim() === '' && masked ? masked : text.trim());
        }}
      />
    </div>
  );
}

export function VoiceSection() {
  const provider = getAt(draft.value[FILE], ['voice', 'provider']);
  const azure = getAt(draft.value[FILE], ['voice', 'azure']) as
    | { region?: string; subscriptionKey?: string }
    | undefined;
  return (
    <div class="form form--wide">
      <ChoiceSetting
        file={FILE}
        path={['voice', 'provider']}
        label={t('settings.voice.provider')}
        options={PROVIDERS.map((p) => ({ value: p, label: t(`settings.voice.providers.${p}`) }))}
      />
      {provider === 'azure' && !azure && (
        <button
          type="button"
          class="button"
          onClick={() => edit(FILE, ['voice', 'azure'], { region: '', subscriptionKey: '' })}
        >
          {t('settings.voice.addAzure')}
        </button>
      )}
      {azure && (
        <section class="settings__group" aria-labelledby="azure-heading">
          <h2 id="azure-heading">{t('settings.voice.azure')}</h2>
          <div class="form__grid">
            <TextSetting
              file={FILE}
              path={['voice', 'azure', 'region']}
              label={t('settings.voice.region')}
              hint={t('settings.voice.regionHint')}
            />
            <AzureKey />
          </div>
          {provider !== 'azure' && (
            <button
              type="button"
              class="button button--danger-quiet"
              onClick={() => edit(FILE, ['voice', 'azure'], undefined)}
            >
              {t('settings.voice.removeAzure')}
            </button>
          )}
        </section>
      )}
      <section class="settings__group" aria-labelledby="voices-heading">
        <h2 id="voices-heading">{t('settings.voice.voices')}</h2>
        {LANGUAGES.map((lang) => (
          <fieldset key={lang} class="fieldset settings__item">
            <legend>{t(`settings.languageNames.${lang}`)}</legend>
            <div class="form__grid">
              <TextSetting
                file={FILE}
                path={['voice', 'voices', lang, 'lang']}
                label={t('settings.voice.speechLanguage', {
                  language: t(`settings.languageNames.${lang}`),
                })}
                hint={t('settings.voice.speechLanguageHint')}
              />
              <TextSetting
                file={FILE}
                path={['voice', 'voices', lang, 'name']}
                optional
                label={t('settings.voice.voiceName', {
                  language: t(`settings.languageNames.${lang}`),
                })}
                hint={t('settings.voice.voiceNameHint')}
              />
            </div>
          </fieldset>
        ))}
      </section>
      <div class="form__grid">
        <NumberSetting
          file={FILE}
          path={['voice', 'rate']}
          label={t('settings.voice.rate')}
          hint={t('settings.voice.rateHint')}
        />
        <NumberSetting
          file={FILE}
          path={['voice', 'volume']}
          label={t('settings.voice.volume')}
          hint={t('settings.voice.volumeHint')}
        />
        <ToggleSetting
          file={FILE}
          path={['voice', 'promptOnEntry']}
          label={t('settings.voice.promptOnEntry')}
        />
      </div>
    </div>
  );
}
