/** The voice block of kiosk.json: which speech engine, which voices, how fast and loud. */
import * as v from 'valibot';
import {
  block,
  crossCheck,
  doc,
  LANGUAGE_NAMES,
  type Language,
  numberFrom,
  shown,
  text,
  yesNo,
} from './fields';

type Issue = v.BaseIssue<unknown>;

const SPEECH_EXAMPLE: Record<Language, string> = {
  'zh-Hans': 'zh-CN',
  'zh-Hant': 'zh-HK',
  en: 'en-GB',
};

const speechVoice = (lang: Language) =>
  block(
    {
      lang: doc(
        v.pipe(
          text(),
          v.regex(
            /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/,
            (i: Issue) =>
              `${shown(i.input)} is not a speech language — use a tag like "zh-CN", "zh-HK" or "en-GB"`,
          ),
        ),
        `The speech language for ${LANGUAGE_NAMES[lang]}, like "${SPEECH_EXAMPLE[lang]}"`,
      ),
      name: v.optional(
        doc(
          v.pipe(
            text(),
            v.trim(),
            v.nonEmpty('the voice name is empty — remove "name" or fill it in'),
          ),
          'A preferred voice name; leave out to let the kiosk choose',
        ),
      ),
    },
    `the ${LANGUAGE_NAMES[lang]} voice`,
  );

/** The Azure Speech key: stored on the server only, never served to kiosks (issue #11). */
const subscriptionKey = doc(
  v.pipe(
    text(),
    v.minLength(16, 'the Azure key looks too short — copy the whole key from the Azure portal'),
  ),
  'The Azure Speech key; it stays on the centre server, which gives kiosks short-lived tokens',
);

const servedKey = v.optional(subscriptionKey);

/**
 * The voice block with `key` as the schema of the Azure key (required as stored, optional as
 * served). Not generic, so the cross-field check below is typed against one known shape.
 */
function voiceSchemaWith(key: typeof subscriptionKey | typeof servedKey) {
  return v.pipe(
    block(
      {
        provider: doc(
          v.picklist(
            ['browser', 'azure'],
            (i: Issue) => `${shown(i.input)} is not a voice provider — use "browser" or "azure"`,
          ),
          '"browser" (the voices built into the kiosk) or "azure" (Azure Speech; needs "azure")',
        ),
        azure: v.optional(
          doc(
            block(
              {
                region: doc(
                  v.pipe(
                    text(),
                    v.regex(
                      /^[a-z0-9]{3,30}$/,
                      (i: Issue) =>
                        `${shown(i.input)} is not an Azure region — it looks like "eastasia"`,
                    ),
                  ),
                  'The Azure Speech region, like "eastasia"',
                ),
                subscriptionKey: key,
              },
              'azure',
            ),
            'Azure Speech settings, needed when provider is "azure"',
          ),
        ),
        voices: doc(
          block(
            {
              'zh-Hans': speechVoice('zh-Hans'),
              'zh-Hant': speechVoice('zh-Hant'),
              en: speechVoice('en'),
            },
            'voices',
          ),
          'For each interface language: the speech language and, optionally, a voice name',
        ),
        rate: doc(numberFrom(0.8, 1.2, '(1 is normal speed)', true), 'Speaking speed, 0.8 to 1.2'),
        volume: doc(
          numberFrom(0.1, 1, '(1 is loudest)', true),
          "The centre's default volume, 0.1 to 1; each session starts here",
        ),
        promptOnEntry: doc(yesNo(), 'Speak each screen aloud when it opens: true or false'),
      },
      'voice',
    ),
    v.forward(
      crossCheck(
        [['provider'], ['azure']],
        (x) => x.provider !== 'azure' || x.azure !== undefined,
        'missing — voice provider "azure" needs "azure": { "region": "…", "subscriptionKey": "…" }, or use provider "browser"',
      ),
      ['azure'],
    ),
  );
}

/** How the kiosk speaks, as stored and published: an Azure block must carry its key. */
export const VoiceSchema = voiceSchemaWith(subscriptionKey);
/**
 * The voice block as /config.json serves it to kiosks: the server takes the Azure key out, and
 * kiosks reach Azure with short-lived tokens from the server instead.
 */
export const ServedVoiceSchema = voiceSchemaWith(servedKey);
type VoiceOutput = v.InferOutput<typeof ServedVoiceSchema>;
/** A valid voice block as a kiosk may rely on it: the Azure key may be absent (served). */
export type VoiceConfig = Omit<VoiceOutput, 'azure'> & {
  azure?: { region: string; subscriptionKey?: string };
};
