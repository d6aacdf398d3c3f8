import { defineArea } from '../types';

/** Strings of the voice area, under the "voice." prefix: the staff screen's speech status. */
export const voice = defineArea({
  'zh-Hans': {
    status: {
      azure: '正在使用在线语音（Azure）。',
      azureFallback: '在线语音（Azure）暂时不能用，正在使用本机语音。',
      browser: '正在使用本机语音。',
      checking: '正在查找本机语音……',
      none: '本机没有安装语音，只显示字幕。',
      voiceFor: '{{language}}：{{name}}',
      noVoice: '没有合适的语音，只显示字幕',
      lastError: '最近的问题：{{reason}}',
      lastErrorDetail: '最近的问题：{{reason}}（{{detail}}）',
    },
    language: { 'zh-Hans': '简体中文', 'zh-Hant': '繁体中文', en: '英文' },
    error: {
      azureOffline: '本机没有联网，不能使用在线语音',
      azureLoad: '在线语音组件加载失败',
      azureSpeak: '在线语音合成失败',
      azureTimeout: '在线语音没有按时播完',
      browserSpeak: '本机语音播放失败',
      browserTimeout: '本机语音没有按时播完（可能没有接好音箱）',
    },
  },
  'zh-Hant': {
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
  },
  en: {
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
  },
});
