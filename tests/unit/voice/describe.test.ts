import { afterEach, describe, expect, it } from 'vitest';
import { language } from '../../../src/i18n';
import { voice as strings } from '../../../src/i18n/areas/voice';
import type { Strings } from '../../../src/i18n/types';
import { describeVoiceStatus, VOICE_ERROR_CODES, type VoiceStatus } from '../../../src/kiosk/voice';

const base: VoiceStatus = {
  provider: 'browser',
  activeProvider: 'browser',
  voicesAvailable: true,
  voiceNames: { 'zh-Hans': 'Mandarin (CN)', 'zh-Hant': 'Cantonese (HK)', en: null },
  lastError: null,
};

afterEach(() => {
  language.value = 'zh-Hans';
});

describe('describeVoiceStatus', () => {
  it('names the provider and the voice for each language', () => {
    language.value = 'en';
    expect(describeVoiceStatus(base).split('\n')).toEqual([
      'Speaking with this kiosk’s own voice.',
      'Simplified Chinese: Mandarin (CN)',
      'Traditional Chinese: Cantonese (HK)',
      'English: no suitable voice; captions only',
    ]);
  });

  it('says captions only when there is no voice', () => {
    language.value = 'en';
    const text = describeVoiceStatus({
      ...base,
      activeProvider: 'none',
      voicesAvailable: false,
      voiceNames: { 'zh-Hans': null, 'zh-Hant': null, en: null },
    });
    expect(text).toBe('No voice installed on this kiosk; captions only.');
    language.value = 'zh-Hans';
    expect(describeVoiceStatus({ ...base, activeProvider: 'none', voicesAvailable: false })).toBe(
      '本机没有安装语音，只显示字幕。',
    );
  });

  it('explains an Azure fallback and the last error in words', () => {
    language.value = 'en';
    const text = describeVoiceStatus({
      ...base,
      provider: 'azure',
      lastError: 'azureLoad: chunk failed',
    });
    expect(text).toContain('The online voice (Azure) is not available');
    expect(text).toContain('Last problem: the online voice could not be loaded (chunk failed)');
    language.value = 'zh-Hant';
    expect(
      describeVoiceStatus({ ...base, provider: 'azure', lastError: 'azureOffline' }),
    ).toContain('最近的問題：本機沒有連線，不能使用線上語音');
  });

  it('says Azure when Azure speaks, and "looking" while voices load', () => {
    language.value = 'en';
    expect(describeVoiceStatus({ ...base, provider: 'azure', activeProvider: 'azure' })).toMatch(
      /^Speaking with the online voice \(Azure\)\./,
    );
    expect(describeVoiceStatus({ ...base, voicesAvailable: 'unknown' })).toMatch(
      /^Looking for voices/,
    );
  });
});

describe('voice strings', () => {
  const keys = (tree: Strings, prefix = ''): string[] =>
    Object.entries(tree).flatMap(([k, v]) =>
      typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`),
    );

  it('has the same keys, all non-empty, in every language', () => {
    const zh = keys(strings['zh-Hans']).sort();
    expect(keys(strings['zh-Hant']).sort()).toEqual(zh);
    expect(keys(strings.en).sort()).toEqual(zh);
    for (const code of VOICE_ERROR_CODES) expect(zh).toContain(`error.${code}`);
  });
});
