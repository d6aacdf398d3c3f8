import { defineArea } from '../types';

/** Class check-in at the kiosk (issue #15): the home tile during a class and its saved screen. */
export const classes = defineArea({
  'zh-Hans': {
    tile: '今天的课：{{lesson}}',
    tileSaid: '今天的课：{{lesson}}，{{start}}到{{end}}，在{{venue}}。要签到，请点这里。',
    saved: {
      title: '上课签到',
      storing: '正在签到……',
      spoken: '{{message}}。{{detail}}',
      follow: '在这里跟着老师学',
      finish: '好的',
      callStaff: '呼叫工作人员',
      lesson: '课程',
      time: '时间',
      venue: '地点',
      timeRange: '{{start}}–{{end}}',
      summarySpoken: '{{lesson}}，{{start}}开始，在{{venue}}。',
      checkin: {
        sending: '已经记下了，正在告诉培训老师……',
        done: '签到好了',
        doneDetail: '培训老师那边已经看到您签到了。',
        queued: '已经记下了',
        queuedDetail: '现在连不上中心，联网后会自动签到。',
        refused: '没有签上到',
      },
      failed: {
        what: '没有签上到',
        next: '这台机器出了问题，请告诉培训老师，老师可以帮您签到。',
      },
    },
  },
  'zh-Hant': {
    tile: '今天的課：{{lesson}}',
    tileSaid: '今天的課：{{lesson}}，{{start}}到{{end}}，在{{venue}}。要簽到，請點這裡。',
    saved: {
      title: '上課簽到',
      storing: '正在簽到……',
      spoken: '{{message}}。{{detail}}',
      follow: '在這裡跟著老師學',
      finish: '好的',
      callStaff: '呼叫工作人員',
      lesson: '課程',
      time: '時間',
      venue: '地點',
      timeRange: '{{start}}–{{end}}',
      summarySpoken: '{{lesson}}，{{start}}開始，在{{venue}}。',
      checkin: {
        sending: '已經記下了，正在告訴培訓老師……',
        done: '簽到好了',
        doneDetail: '培訓老師那邊已經看到您簽到了。',
        queued: '已經記下了',
        queuedDetail: '現在連不上中心，聯網後會自動簽到。',
        refused: '沒有簽上到',
      },
      failed: {
        what: '沒有簽上到',
        next: '這台機器出了問題，請告訴培訓老師，老師可以幫您簽到。',
      },
    },
  },
  en: {
    tile: 'Today’s class: {{lesson}}',
    tileSaid:
      'Today’s class: {{lesson}}, {{start}} to {{end}}, in {{venue}}. To check in, tap here.',
    saved: {
      title: 'Class check-in',
      storing: 'Checking you in…',
      spoken: '{{message}}. {{detail}}',
      follow: 'Follow the class here',
      finish: 'OK',
      callStaff: 'Call staff',
      lesson: 'Lesson',
      time: 'Time',
      venue: 'Where',
      timeRange: '{{start}}–{{end}}',
      summarySpoken: '{{lesson}}, from {{start}}, in {{venue}}.',
      checkin: {
        sending: 'Noted; telling the trainer…',
        done: 'You are checked in',
        doneDetail: 'The trainer can see you are here.',
        queued: 'Noted',
        queuedDetail: 'You will be checked in once the centre can be reached again.',
        refused: 'You were not checked in',
      },
      failed: {
        what: 'You were not checked in',
        next: 'Something is wrong with this machine. Please tell the trainer, who can check you in.',
      },
    },
  },
});
