import type { SameKeys } from '../../types';
import type { words as zhHans } from './zh-Hans';

/** The shell area's words in 繁體中文, with exactly zh-Hans's keys. */
export const words: SameKeys<typeof zhHans> = {
  attract: {
    touch: '請觸摸螢幕開始',
    welcome: '歡迎來到{{centre}}',
    spoken: '您好！請觸摸螢幕開始。',
  },
  home: {
    title: '您想做甚麼？',
    prompt: '您好！請選擇您想做的事。',
  },
  jobs: {
    activities: '今天的活動',
    about: '中心資訊',
    meals: '訂餐',
    help: '呼叫幫助',
    subsidies: '查補貼',
    lessons: '學用手機',
  },
  bar: {
    home: '首頁',
    back: '返回',
    hearAgain: '再聽一遍',
    quieter: '小聲',
    louder: '大聲',
    textSize: '字大小',
    language: '語言',
  },
  textSizeName: { normal: '標準', large: '大', largest: '特大' },
  textSizeSpoken: '字的大小：{{size}}',
  volumeSample: '聲音這樣大，聽得清嗎？',
  header: {
    callStaff: '呼叫工作人員',
    emergency: '緊急呼叫',
    clock: '{{month}}月{{day}}日 {{weekday}} {{time}}',
    clockShort: '{{weekday}} {{time}}',
  },
  session: {
    using: '{{name}} 正在使用',
    done: '我用完了',
  },
  weekday: {
    '1': '星期一',
    '2': '星期二',
    '3': '星期三',
    '4': '星期四',
    '5': '星期五',
    '6': '星期六',
    '7': '星期日',
  },
  idle: {
    title: '您還在用嗎？',
    message_other: '{{count}} 秒後回到開始畫面。',
    more: '我需要更多時間',
    spoken: '您還在用嗎？如果還要用，請按「我需要更多時間」。',
  },
  language: {
    ownName: '繁體中文',
    title: '請選擇語言',
    prompt: '請選擇您看得懂的語言。',
  },
  callStaff: {
    title: '找工作人員',
    where: '工作人員在：{{place}}',
    phones: '電話',
    cannot: '這台機器現在不能呼叫工作人員。',
    cannotPrompt: '這台機器現在不能呼叫工作人員。請到{{place}}找工作人員，或者打電話：{{number}}。',
    goSpoken: '{{message}}請到{{place}}找工作人員，也可以打電話：{{number}}。',
    sending: { title: '正在呼叫工作人員', message: '正在呼叫工作人員，請稍等。' },
    notSent: {
      title: '呼叫沒有發出去',
      message: '現在聯絡不上工作人員，呼叫沒有發出去。網絡恢復後會自動發出，請不要等。',
    },
    refused: {
      title: '呼叫沒有發出去',
      message: '呼叫沒有送到工作人員。',
    },
    sent: { title: '已通知工作人員', message: '已通知工作人員到這裡來，請在這裡稍等。' },
    acknowledged: {
      title: '工作人員馬上來',
      message: '工作人員 {{name}} 馬上來。',
      noName: '工作人員馬上來。',
    },
    closed: { title: '呼叫已經結束', message: '工作人員已經處理了這次呼叫。' },
  },
  emergency: {
    title: '緊急情況請馬上打電話',
    prompt:
      '如果有危險，請大聲叫身邊的人幫忙。急救電話：{{ambulance}}。中心值班電話：{{duty}}。工作人員在{{place}}。',
    shout: '請大聲叫身邊的人幫忙',
    ambulance: '急救電話',
    duty: '中心值班電話',
    where: '工作人員在：{{place}}',
  },
  error: {
    what: '這個畫面出了問題。',
    next_other: '{{count}} 秒後自動回到首頁，您也可以馬上按下面的按鈕。',
    goHome: '回到首頁',
  },
  loading: {
    what: '正在打開，請稍等。',
  },
  loadFailed: {
    what: '這一項現在打不開。',
    next: '請回到首頁再試一次。要幫忙，請按右上角的「呼叫工作人員」。',
    goHome: '回到首頁',
  },
  offline: '現在沒有連網，部分功能暫時不能用',
};
