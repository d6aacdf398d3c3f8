import type { SameKeys } from '../../types';
import type { words as zhHans } from './zh-Hans';

/** The helpCall area's words in 繁體中文, with exactly zh-Hans's keys. */
export const words: SameKeys<typeof zhHans> = {
  countdown: {
    prompt: '{{count}} 秒後呼叫工作人員。不需要的話，請點「取消」。',
    what_other: '{{count}} 秒後呼叫工作人員',
    cancel: '取消，不呼叫',
  },
  call: {
    screenTitle: '緊急呼叫',
    phonesSpoken: '{{label}}：{{number}}。急救電話：{{ambulance}}。',
    dutyPhone: '中心值班電話',
    helpLine: '求助電話',
    ambulance: '急救電話',
    whereSpoken: '工作人員在{{place}}。',
    where: '工作人員在：{{place}}',
    alarmOn: '提示音已打開，提醒身邊的人',
    allRight: '我沒事了，回首頁',
    sending: { title: '正在呼叫工作人員', message: '正在呼叫工作人員，請稍等。' },
    unreachable: {
      title: '現在聯絡不上工作人員',
      message: '現在聯絡不上工作人員。請馬上打這個電話，或者大聲叫身邊的人。',
      retrying: '這台機器會一直自動再試。',
    },
    refused: {
      title: '呼叫沒有送到',
      message: '呼叫沒有送到工作人員。請馬上打這個電話，或者大聲叫身邊的人。',
    },
    sent: { title: '已通知工作人員', message: '已通知工作人員，請稍等。' },
    acknowledged: {
      title: '工作人員馬上來',
      message: '工作人員 {{name}} 馬上來。',
      noName: '工作人員馬上來。',
    },
    escalated: {
      title: '請馬上打電話',
      message: '工作人員還沒有回應。請馬上打這個電話。',
    },
    closed: {
      title: '呼叫已經處理',
      message: '工作人員已經處理了這次呼叫。',
      home: '回到首頁',
    },
  },
};
