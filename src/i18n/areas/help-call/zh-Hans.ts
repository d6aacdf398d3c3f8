/** The helpCall area's words in 简体中文: they set the keys the other languages must have (index.ts). */
export const words = {
  countdown: {
    prompt: '{{count}} 秒后呼叫工作人员。不需要的话，请点“取消”。',
    what_other: '{{count}} 秒后呼叫工作人员',
    cancel: '取消，不呼叫',
  },
  call: {
    screenTitle: '紧急呼叫',
    phonesSpoken: '{{label}}：{{number}}。急救电话：{{ambulance}}。',
    dutyPhone: '中心值班电话',
    helpLine: '求助电话',
    ambulance: '急救电话',
    whereSpoken: '工作人员在{{place}}。',
    where: '工作人员在：{{place}}',
    alarmOn: '提示音已打开，提醒身边的人',
    allRight: '我没事了，回首页',
    sending: { title: '正在呼叫工作人员', message: '正在呼叫工作人员，请稍等。' },
    unreachable: {
      title: '现在联系不上工作人员',
      message: '现在联系不上工作人员。请马上打这个电话，或者大声叫身边的人。',
      retrying: '这台机器会一直自动再试。',
    },
    refused: {
      title: '呼叫没有送到',
      message: '呼叫没有送到工作人员。请马上打这个电话，或者大声叫身边的人。',
    },
    sent: { title: '已通知工作人员', message: '已通知工作人员，请稍等。' },
    acknowledged: {
      title: '工作人员马上来',
      message: '工作人员 {{name}} 马上来。',
      noName: '工作人员马上来。',
    },
    escalated: {
      title: '请马上打电话',
      message: '工作人员还没有回应。请马上打这个电话。',
    },
    closed: {
      title: '呼叫已经处理',
      message: '工作人员已经处理了这次呼叫。',
      home: '回到首页',
    },
  },
};
