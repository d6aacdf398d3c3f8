/**
 * Which Azure voice speaks a language: apart from the Azure provider (azure.ts), which loads only
 * when Azure first speaks, so the voice's status can name it before that (issue #16).
 */
import type { Language } from '../../shared/config/schema';
import type { WantedVoice } from './browser';
import { normalizeTag, pickVoice } from './select-voice';
import type { VoiceLike } from './types';

/** Azure neural voices per speech tag, used when the config names none. */
const DEFAULT_VOICE_BY_TAG: Record<string, string> = {
  'zh-cn': 'zh-CN-XiaoxiaoNeural',
  'zh-hk': 'zh-HK-HiuMaanNeural',
  'zh-tw': 'zh-TW-HsiaoChenNeural',
  'yue-cn': 'yue-CN-XiaoMinNeural',
  'en-gb': 'en-GB-SoniaNeural',
  'en-us': 'en-US-JennyNeural',
};
/** Without a voice the ponyfill picks en-US Aria, which cannot read Chinese. */
const DEFAULT_VOICE_BY_LANGUAGE: Record<Language, string> = {
  'zh-Hans': 'zh-CN-XiaoxiaoNeural',
  'zh-Hant': 'zh-HK-HiuMaanNeural',
  en: 'en-US-JennyNeural',
};

/** The Azure voice for `language`: the config's, else the tag's default, else one Azure lists. */
export function azureVoiceName(
  language: Language,
  wanted: WantedVoice,
  listed: readonly VoiceLike[] = [],
): string {
  return (
    wanted.name ??
    DEFAULT_VOICE_BY_TAG[normalizeTag(wanted.lang)] ??
    pickVoice(listed, language, wanted)?.voiceURI ??
    DEFAULT_VOICE_BY_LANGUAGE[language]
  );
}
