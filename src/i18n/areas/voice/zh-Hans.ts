/** The voice area's words in 简体中文: they set the keys the other languages must have (index.ts). */
export const words = {
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
};
