/** Choosing a voice for an interface language from whatever voices the OS or Azure offers. */
import type { Language } from '../../shared/config/schema';
import type { VoiceLike } from './types';

/**
 * After the configured tag, the tags to try for each interface language, best first. Mandarin
 * readers get a Taiwan Mandarin voice before a Cantonese one; espeak-ng names its voices cmn/yue.
 */
const FAMILY: Record<Language, readonly string[]> = {
  'zh-Hans': ['zh-cn', 'zh-hans', 'cmn-hans', 'zh-sg', 'cmn', 'zh-tw', 'zh', 'yue'],
  'zh-Hant': ['zh-hk', 'zh-tw', 'zh-mo', 'yue', 'zh-hant', 'zh', 'cmn'],
  en: ['en-gb', 'en-us', 'en'],
};

/** Lower-case, with '-' separators: Android reports "zh_CN". */
export function normalizeTag(tag: string): string {
  return tag.trim().replace(/_/g, '-').toLowerCase();
}

/** The tags to try for a language, best first: the configured one, its family, its primary subtag. */
export function rankedTags(language: Language, configuredTag: string): string[] {
  const tag = normalizeTag(configuredTag);
  const primary = tag.split('-')[0] ?? tag;
  return [...new Set([tag, ...FAMILY[language], primary])];
}

const matches = (voiceTag: string, wanted: string) =>
  voiceTag === wanted || voiceTag.startsWith(`${wanted}-`);

/**
 * The best voice for an interface language: the configured name if present, else the closest
 * language tag; among equals a local voice first (network voices fail when the kiosk is offline),
 * then the OS default.
 */
export function pickVoice(
  voices: readonly VoiceLike[],
  language: Language,
  wanted: { lang: string; name?: string | undefined },
): VoiceLike | null {
  if (wanted.name) {
    const name = wanted.name.toLowerCase();
    const named = voices.find(
      (v) => v.name.toLowerCase() === name || v.voiceURI?.toLowerCase() === name,
    );
    if (named) return named;
  }
  const tags = rankedTags(language, wanted.lang);
  let best: VoiceLike | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const voice of voices) {
    const voiceTag = normalizeTag(voice.lang);
    const rank = tags.findIndex((t) => matches(voiceTag, t));
    if (rank < 0) continue;
    const score = rank * 4 + (voice.localService === false ? 2 : 0) + (voice.default ? 0 : 1);
    if (score < bestScore) {
      best = voice;
      bestScore = score;
    }
  }
  return best;
}
