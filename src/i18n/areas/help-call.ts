import { defineArea } from '../types';

/**
 * The help area's words for the emergency countdown and the call screen (sending, cannot reach
 * staff, staff told, "王芳 马上来", nobody answered, closed): in the kiosk's first load, since the
 * Emergency and 呼叫工作人员 screens must work even when nothing else can be fetched. Under the
 * "help." prefix like the rest of the area (help.ts), which comes with the help flow.
 */
export const helpCall = defineArea({
  'zh-Hans': {
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
  },
  'zh-Hant': {
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
  },
  en: {
    countdown: {
      prompt: 'Calling staff in {{count}} seconds. If you do not need them, tap "Cancel".',
      what_one: 'Calling staff in {{count}} second',
      what_other: 'Calling staff in {{count}} seconds',
      cancel: 'Cancel, do not call',
    },
    call: {
      screenTitle: 'Emergency call',
      phonesSpoken: '{{label}}: {{number}}. Ambulance: {{ambulance}}.',
      dutyPhone: 'Centre duty phone',
      helpLine: 'Help line',
      ambulance: 'Ambulance',
      whereSpoken: 'Staff are at {{place}}.',
      where: 'Staff are at: {{place}}',
      alarmOn: 'An alarm is sounding to alert people nearby',
      allRight: 'I am all right, go home',
      sending: { title: 'Calling staff', message: 'Calling staff. Please wait.' },
      unreachable: {
        title: 'Staff cannot be reached right now',
        message:
          'Staff cannot be reached right now. Please phone this number now, or call out to the people near you.',
        retrying: 'This kiosk keeps trying by itself.',
      },
      refused: {
        title: 'The call did not get through',
        message:
          'The call did not reach staff. Please phone this number now, or call out to the people near you.',
      },
      sent: { title: 'Staff have been told', message: 'Staff have been told. Please wait.' },
      acknowledged: {
        title: 'Staff are on their way',
        message: '{{name}} from the staff is on the way.',
        noName: 'A member of staff is on the way.',
      },
      escalated: {
        title: 'Please phone now',
        message: 'Staff have not answered yet. Please phone this number now.',
      },
      closed: {
        title: 'The call has been dealt with',
        message: 'Staff have dealt with this call.',
        home: 'Back to home',
      },
    },
  },
});
