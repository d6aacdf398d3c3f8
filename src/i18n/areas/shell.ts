import { defineArea } from '../types';

/** The shell: attract, home, the fixed bars, idle warning, language, call staff, emergency, errors. */
export const shell = defineArea({
  'zh-Hans': {
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
      cannotPrompt:
        '这台机器现在不能呼叫工作人员。请到{{place}}找工作人员，或者打电话：{{number}}。',
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
  },
  'zh-Hant': {
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
      cannotPrompt:
        '這台機器現在不能呼叫工作人員。請到{{place}}找工作人員，或者打電話：{{number}}。',
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
  },
  en: {
    attract: {
      touch: 'Touch the screen to start',
      welcome: 'Welcome to {{centre}}',
      spoken: 'Hello! Touch the screen to start.',
    },
    home: {
      title: 'What would you like to do?',
      prompt: 'Hello! Please choose what you would like to do.',
    },
    jobs: {
      activities: "Today's activities",
      about: 'About this centre',
      meals: 'Book a meal',
      help: 'Call for help',
      subsidies: 'Check subsidies',
      lessons: 'Phone lessons',
    },
    bar: {
      home: 'Home',
      back: 'Back',
      hearAgain: 'Hear again',
      quieter: 'Quieter',
      louder: 'Louder',
      textSize: 'Text size',
      language: 'Language',
    },
    textSizeName: { normal: 'normal', large: 'large', largest: 'largest' },
    textSizeSpoken: 'Text size: {{size}}',
    volumeSample: 'Is this loud enough to hear?',
    header: {
      callStaff: 'Call staff',
      emergency: 'Emergency',
      clock: '{{weekday}} {{day}}/{{month}} {{time}}',
      clockShort: '{{weekday}} {{time}}',
    },
    session: {
      using: '{{name}} is using this',
      done: "I'm done",
    },
    weekday: {
      '1': 'Monday',
      '2': 'Tuesday',
      '3': 'Wednesday',
      '4': 'Thursday',
      '5': 'Friday',
      '6': 'Saturday',
      '7': 'Sunday',
    },
    idle: {
      title: 'Are you still there?',
      message_one: 'Going back to the start in {{count}} second.',
      message_other: 'Going back to the start in {{count}} seconds.',
      more: 'I need more time',
      spoken: 'Are you still there? If you need more time, press "I need more time".',
    },
    language: {
      ownName: 'English',
      title: 'Choose a language',
      prompt: 'Please choose the language you read best.',
    },
    callStaff: {
      title: 'Find a member of staff',
      where: 'Staff are at: {{place}}',
      phones: 'Phone numbers',
      cannot: 'This kiosk cannot call staff now.',
      cannotPrompt:
        'This kiosk cannot call staff now. Please go to {{place}} to find staff, or phone {{number}}.',
      goSpoken: '{{message}} Please go to {{place}} to find staff, or phone {{number}}.',
      sending: { title: 'Calling staff', message: 'Calling staff. Please wait a moment.' },
      notSent: {
        title: 'The call was not sent',
        message:
          'Staff cannot be reached now, so the call was not sent. It will go when the connection is back; please do not wait.',
      },
      refused: {
        title: 'The call was not sent',
        message: 'The call did not reach staff.',
      },
      sent: {
        title: 'Staff have been told',
        message: 'Staff have been asked to come here. Please wait here.',
      },
      acknowledged: {
        title: 'Staff are on their way',
        message: '{{name}} from the staff is on the way.',
        noName: 'A member of staff is on the way.',
      },
      closed: { title: 'The call is over', message: 'Staff have dealt with this call.' },
    },
    emergency: {
      title: 'In an emergency, phone now',
      prompt:
        'If you are in danger, call out loudly to the people near you. Ambulance: {{ambulance}}. Centre duty phone: {{duty}}. Staff are at {{place}}.',
      shout: 'Call out loudly to the people near you',
      ambulance: 'Ambulance',
      duty: 'Centre duty phone',
      where: 'Staff are at: {{place}}',
    },
    error: {
      what: 'Something went wrong on this screen.',
      next_one:
        'Going back to the home screen in {{count}} second. You can also press the button below now.',
      next_other:
        'Going back to the home screen in {{count}} seconds. You can also press the button below now.',
      goHome: 'Go to the home screen',
    },
    loading: {
      what: 'Opening, please wait.',
    },
    loadFailed: {
      what: 'This cannot be opened just now.',
      next: 'Please go back to the home screen and try again. For help, press "Call staff" at the top right.',
      goHome: 'Go to the home screen',
    },
    offline: 'No network now: some things cannot be used for the moment',
  },
});
