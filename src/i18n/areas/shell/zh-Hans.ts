/** The shell area's words in 简体中文: they set the keys the other languages must have (index.ts). */
export const words = {
  attract: {
    touch: '请触摸屏幕开始',
    welcome: '欢迎来到{{centre}}',
    spoken: '您好！请触摸屏幕开始。',
  },
  home: {
    title: '您想做什么？',
    prompt: '您好！请选择您想做的事。',
  },
  jobs: {
    activities: '今天的活动',
    about: '中心信息',
    meals: '订餐',
    help: '呼叫帮助',
    subsidies: '查补贴',
    lessons: '学用手机',
  },
  bar: {
    home: '首页',
    back: '返回',
    hearAgain: '再听一遍',
    quieter: '小声',
    louder: '大声',
    textSize: '字大小',
    language: '语言',
  },
  textSizeName: { normal: '标准', large: '大', largest: '特大' },
  textSizeSpoken: '字的大小：{{size}}',
  volumeSample: '声音这样大，听得清吗？',
  header: {
    callStaff: '呼叫工作人员',
    emergency: '紧急呼叫',
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
    title: '您还在用吗？',
    message_other: '{{count}} 秒后回到开始画面。',
    more: '我需要更多时间',
    spoken: '您还在用吗？如果还要用，请按“我需要更多时间”。',
  },
  language: {
    ownName: '简体中文',
    title: '请选择语言',
    prompt: '请选择您看得懂的语言。',
  },
  callStaff: {
    title: '找工作人员',
    where: '工作人员在：{{place}}',
    phones: '电话',
    cannot: '这台机器现在不能呼叫工作人员。',
    cannotPrompt: '这台机器现在不能呼叫工作人员。请到{{place}}找工作人员，或者打电话：{{number}}。',
    goSpoken: '{{message}}请到{{place}}找工作人员，也可以打电话：{{number}}。',
    sending: { title: '正在呼叫工作人员', message: '正在呼叫工作人员，请稍等。' },
    notSent: {
      title: '呼叫没有发出去',
      message: '现在联系不上工作人员，呼叫没有发出去。网络恢复后会自动发出，请不要等。',
    },
    refused: {
      title: '呼叫没有发出去',
      message: '呼叫没有送到工作人员。',
    },
    sent: { title: '已通知工作人员', message: '已通知工作人员到这里来，请在这里稍等。' },
    acknowledged: {
      title: '工作人员马上来',
      message: '工作人员 {{name}} 马上来。',
      noName: '工作人员马上来。',
    },
    closed: { title: '呼叫已经结束', message: '工作人员已经处理了这次呼叫。' },
  },
  emergency: {
    title: '紧急情况请马上打电话',
    prompt:
      '如果有危险，请大声叫身边的人帮忙。急救电话：{{ambulance}}。中心值班电话：{{duty}}。工作人员在{{place}}。',
    shout: '请大声叫身边的人帮忙',
    ambulance: '急救电话',
    duty: '中心值班电话',
    where: '工作人员在：{{place}}',
  },
  error: {
    what: '这个画面出了问题。',
    next_other: '{{count}} 秒后自动回到首页，您也可以马上按下面的按钮。',
    goHome: '回到首页',
  },
  loading: {
    what: '正在打开，请稍等。',
  },
  loadFailed: {
    what: '这一项现在打不开。',
    next: '请回到首页再试一次。要帮忙，请按右上角的“呼叫工作人员”。',
    goHome: '回到首页',
  },
  offline: '现在没有联网，部分功能暂时不能用',
};
