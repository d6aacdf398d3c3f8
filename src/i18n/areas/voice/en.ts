import type { SameKeys } from '../../types';
import type { words as zhHans } from './zh-Hans';

/** The voice area's words in English, with exactly zh-Hans's keys. */
export const words: SameKeys<typeof zhHans> = {
  status: {
    azure: 'Speaking with the online voice (Azure).',
    azureFallback:
      'The online voice (Azure) is not available; speaking with this kiosk’s own voice.',
    browser: 'Speaking with this kiosk’s own voice.',
    checking: 'Looking for voices on this kiosk…',
    none: 'No voice installed on this kiosk; captions only.',
    voiceFor: '{{language}}: {{name}}',
    noVoice: 'no suitable voice; captions only',
    lastError: 'Last problem: {{reason}}',
    lastErrorDetail: 'Last problem: {{reason}} ({{detail}})',
  },
  language: { 'zh-Hans': 'Simplified Chinese', 'zh-Hant': 'Traditional Chinese', en: 'English' },
  error: {
    azureOffline: 'the kiosk is offline, so the online voice cannot be used',
    azureLoad: 'the online voice could not be loaded',
    azureSpeak: 'the online voice failed to speak',
    azureTimeout: 'the online voice did not finish in time',
    browserSpeak: 'this kiosk’s voice failed to speak',
    browserTimeout: 'this kiosk’s voice did not finish in time (is a speaker connected?)',
  },
};
