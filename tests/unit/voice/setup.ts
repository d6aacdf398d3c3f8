/** Shared set-up for the voice tests: a config like the demo centre's and a voice over fakes. */
import { signal } from '@preact/signals';
import { vi } from 'vitest';
import { createVoice } from '../../../src/kiosk/voice';
import * as azureProvider from '../../../src/kiosk/voice/azure-provider';
import type { AzureModule, VoiceDeps } from '../../../src/kiosk/voice/types';
import type { Language, VoiceConfig } from '../../../src/shared/config/schema';
import { type FakeOptions, FakeSpeechSynthesis, FakeUtterance } from './fake-speech';

/** A valid voice config; override any field. */
export function voiceConfig(over: Partial<VoiceConfig> = {}): VoiceConfig {
  return {
    provider: 'browser',
    voices: { 'zh-Hans': { lang: 'zh-CN' }, 'zh-Hant': { lang: 'zh-HK' }, en: { lang: 'en-GB' } },
    rate: 1,
    volume: 0.8,
    promptOnEntry: true,
    ...over,
  };
}

/** An Azure config for region "eastasia", as kiosks are served it: no key. */
export const AZURE = { region: 'eastasia' };

/** A server that hands out token-1, token-2, … each valid for 10 minutes from the (fake) clock. */
export function fakeTokenServer() {
  let issued = 0;
  return vi.fn(() => {
    issued += 1;
    return Promise.resolve({
      token: `token-${issued}`,
      region: 'eastasia',
      expiresAt: new Date(Date.now() + 10 * 60 * 1000).toISOString(),
    });
  });
}

/** A loader that fails the test if anything calls it. */
export const unexpectedLoader = () =>
  vi.fn((): Promise<AzureModule> => Promise.reject(new Error('the Azure package must not load')));

/** A voice over a fake browser synthesizer, with the language signal and loader exposed. */
export function setup(
  options: FakeOptions = {},
  config: VoiceConfig = voiceConfig(),
  deps: Partial<VoiceDeps> = {},
) {
  const synth = new FakeSpeechSynthesis(options);
  const language = signal<Language>('zh-Hans');
  const loadAzure = unexpectedLoader();
  const voice = createVoice(config, {
    speechSynthesis: synth,
    SpeechSynthesisUtterance: FakeUtterance,
    language,
    isOnline: () => true,
    loadAzure,
    speechToken: fakeTokenServer(),
    // The provider's code at once, as if its chunk were already fetched.
    loadAzureProvider: () => Promise.resolve(azureProvider),
    ...deps,
  });
  return { synth, language, voice, loadAzure };
}

/** Track whether a promise has settled, without awaiting it. */
export function track(promise: Promise<unknown>): { done: boolean } {
  const state = { done: false };
  void promise.then(() => {
    state.done = true;
  });
  return state;
}

/** Let pending promise callbacks run (no timers advance). */
export async function flush(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}
