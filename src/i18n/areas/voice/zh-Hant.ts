import type { SameKeys } from '../../types';
import type { words as zhHans } from './zh-Hans';

/** The voice area's words in 繁體中文, with exactly zh-Hans's keys. */
export const words: SameKeys<typeof zhHans> = {
  status: {
    azure: '正在使用線上語音（Azure）。',
    azureFallback: '線上語音（Azure）暫時不能用，正在使用本機語音。',
    browser: '正在使用本機語音。',
    checking: '正在尋找本機語音……',
    none: '本機沒有安裝語音，只顯示字幕。',
    voiceFor: '{{language}}：{{name}}',
    noVoice: '沒有合適的語音，只顯示字幕',
    lastError: '最近的問題：{{reason}}',
    lastErrorDetail: '最近的問題：{{reason}}（{{detail}}）',
  },
  language: { 'zh-Hans': '簡體中文', 'zh-Hant': '繁體中文', en: '英文' },
  error: {
    azureOffline: '本機沒有連線，不能使用線上語音',
    azureLoad: '線上語音元件載入失敗',
    azureSpeak: '線上語音合成失敗',
    azureTimeout: '線上語音沒有按時播完',
    browserSpeak: '本機語音播放失敗',
    browserTimeout: '本機語音沒有按時播完（可能沒有接好喇叭）',
  },
};
