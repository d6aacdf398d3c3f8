import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pickVoice } from '../../../src/kiosk/voice/select-voice';
import { DESKTOP_VOICES, fakeVoice } from './fake-speech';
import { setup, voiceConfig } from './setup';

describe('pickVoice', () => {
  it('takes the configured tag for each language', () => {
    expect(pickVoice(DESKTOP_VOICES, 'zh-Hans', { lang: 'zh-CN' })?.lang).toBe('zh-CN');
    expect(pickVoice(DESKTOP_VOICES, 'zh-Hant', { lang: 'zh-HK' })?.lang).toBe('zh-HK');
    expect(pickVoice(DESKTOP_VOICES, 'zh-Hant', { lang: 'zh-TW' })?.lang).toBe('zh-TW');
    expect(pickVoice(DESKTOP_VOICES, 'en', { lang: 'en-GB' })?.lang).toBe('en-GB');
  });

  it('prefers the configured voice name', () => {
    expect(
      pickVoice(DESKTOP_VOICES, 'zh-Hant', { lang: 'zh-HK', name: 'Mandarin (TW)' })?.name,
    ).toBe('Mandarin (TW)');
  });

  it('falls back to the tag when the named voice is missing', () => {
    expect(pickVoice(DESKTOP_VOICES, 'en', { lang: 'en-GB', name: 'Nobody' })?.name).toBe(
      'English (UK)',
    );
  });

  it('for zh-Hant prefers HK/TW, then Cantonese, then any Chinese', () => {
    const tw = [fakeVoice('cn', 'zh-CN'), fakeVoice('tw', 'zh-TW')];
    expect(pickVoice(tw, 'zh-Hant', { lang: 'zh-HK' })?.name).toBe('tw');
    // espeak-ng (speech-dispatcher) names its voices by language: yue, cmn.
    const espeak = [
      fakeVoice('Chinese (Mandarin)', 'cmn'),
      fakeVoice('Chinese (Cantonese)', 'yue'),
    ];
    expect(pickVoice(espeak, 'zh-Hant', { lang: 'zh-HK' })?.name).toBe('Chinese (Cantonese)');
    expect(pickVoice(espeak, 'zh-Hans', { lang: 'zh-CN' })?.name).toBe('Chinese (Mandarin)');
    expect(pickVoice([fakeVoice('cn', 'zh-CN')], 'zh-Hant', { lang: 'zh-HK' })?.name).toBe('cn');
  });

  it('for zh-Hans prefers Mandarin over Cantonese', () => {
    const voices = [fakeVoice('hk', 'zh-HK'), fakeVoice('tw', 'zh-TW')];
    expect(pickVoice(voices, 'zh-Hans', { lang: 'zh-CN' })?.name).toBe('tw');
  });

  it('takes any English voice for en, Android-style tags included', () => {
    expect(pickVoice([fakeVoice('au', 'en_AU')], 'en', { lang: 'en-GB' })?.name).toBe('au');
  });

  it('prefers a local voice (network voices fail offline), then the default', () => {
    const network = fakeVoice('Google 普通话', 'zh-CN', { localService: false, default: true });
    const local = fakeVoice('local', 'zh-CN');
    expect(pickVoice([network, local], 'zh-Hans', { lang: 'zh-CN' })?.name).toBe('local');
    const localDefault = fakeVoice('local default', 'zh-CN', { default: true });
    expect(pickVoice([network, local, localDefault], 'zh-Hans', { lang: 'zh-CN' })?.name).toBe(
      'local default',
    );
  });

  it('returns null when no voice shares the language', () => {
    expect(pickVoice([fakeVoice('fr', 'fr-FR')], 'zh-Hans', { lang: 'zh-CN' })).toBeNull();
    expect(pickVoice([], 'en', { lang: 'en-GB' })).toBeNull();
  });
});

describe('voice selection when speaking', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('speaks each interface language with its voice and tag', async () => {
    const { synth, voice, language } = setup();
    const a = voice.speak('你好。');
    await vi.runAllTimersAsync();
    await a;
    const b = voice.speak('你好。', { lang: 'zh-Hant' });
    await vi.runAllTimersAsync();
    await b;
    language.value = 'en';
    const c = voice.speak('Hello.');
    await vi.runAllTimersAsync();
    await c;
    expect(synth.spoken.map((u) => [u.lang, u.voice?.name])).toEqual([
      ['zh-CN', 'Mandarin (CN)'],
      ['zh-HK', 'Cantonese (HK)'],
      ['en-GB', 'English (UK)'],
    ]);
  });

  it('uses voices that load late (voiceschanged) and reports them', async () => {
    const { synth, voice } = setup({ voices: [] });
    expect(voice.status.value.voicesAvailable).toBe('unknown');
    synth.loadVoices(DESKTOP_VOICES);
    expect(voice.status.value.voicesAvailable).toBe(true);
    expect(voice.status.value.voiceNames).toEqual({
      'zh-Hans': 'Mandarin (CN)',
      'zh-Hant': 'Cantonese (HK)',
      en: 'English (UK)',
    });
    const done = voice.speak('你好。');
    await vi.runAllTimersAsync();
    await done;
    expect(synth.spoken[0]?.voice?.name).toBe('Mandarin (CN)');
  });

  it('follows a changed config', async () => {
    const { synth, voice } = setup();
    voice.configure(
      voiceConfig({ voices: { ...voiceConfig().voices, 'zh-Hant': { lang: 'zh-TW' } } }),
    );
    expect(voice.status.value.voiceNames['zh-Hant']).toBe('Mandarin (TW)');
    const done = voice.speak('你好。', { lang: 'zh-Hant' });
    await vi.runAllTimersAsync();
    await done;
    expect(synth.spoken[0]?.voice?.name).toBe('Mandarin (TW)');
  });
});
