import { defineArea } from '../types';

/**
 * Strings of the sync area, under the "sync." prefix: what the elder is told after an action
 * (saved / sent / not done), refusals shown at the next visit, and the staff screen's sync status.
 * `sync.problem.*` keys match `SyncProblemCode`; refusal words come with the server's answer.
 */
export const sync = defineArea({
  'zh-Hans': {
    saved: '已经保存好了。联网以后会自动发送。',
    sent: '已经发送到中心了。',
    sending: '正在发送……',
    notDone: '没有办成：{{reason}}',
    pending_other: '{{count}} 条等待发送',
    allSent: '全部已经发送',
    lastSent: {
      never: '还没有发送过',
      justNow: '刚刚发送过',
      minutes_other: '{{count}} 分钟前发送过',
      hours_other: '{{count}} 小时前发送过',
      days_other: '{{count}} 天前发送过',
    },
    dataAge: {
      justNow: '信息是刚刚更新的',
      minutes_other: '这些信息是 {{count}} 分钟前的，联网以后会更新',
      hours_other: '这些信息是 {{count}} 小时前的，联网以后会更新',
      days_other: '这些信息是 {{count}} 天前的，联网以后会更新',
    },
    refused: {
      title_other: '您有 {{count}} 件事没有办成',
      item: '{{when}}：{{reason}}',
      ok: '知道了',
    },
    staff: {
      title: '发送记录',
      needsEnrollment: '这台机器需要工作人员重新登记，登记以后才能发送记录。',
      refused_other: '{{count}} 条被中心拒绝，请跟进',
      nextTry_other: '{{count}} 秒后再试',
      sendNow: '现在发送',
      lastProblem: '最近的问题：{{problem}}',
      clockSkew_other: '这台机器的时钟和中心差 {{count}} 分钟，请校准',
    },
    problem: {
      network: '连不上中心的服务器',
      timeout: '中心的服务器没有按时回答',
      server: '中心的服务器出错了（{{status}}）',
      refused: '中心的服务器不接受这批记录（{{status}}）',
      unauthorized: '中心不认识这台机器（{{status}}）',
      bad_response: '中心服务器的回答看不懂',
      unanswered: '中心的服务器漏答了一些记录',
      storage: '这台机器保存记录时出错',
    },
  },
  'zh-Hant': {
    saved: '已經保存好了。連網以後會自動傳送。',
    sent: '已經傳送到中心了。',
    sending: '正在傳送……',
    notDone: '沒有辦成：{{reason}}',
    pending_other: '{{count}} 條等待傳送',
    allSent: '全部已經傳送',
    lastSent: {
      never: '還沒有傳送過',
      justNow: '剛剛傳送過',
      minutes_other: '{{count}} 分鐘前傳送過',
      hours_other: '{{count}} 小時前傳送過',
      days_other: '{{count}} 天前傳送過',
    },
    dataAge: {
      justNow: '資料是剛剛更新的',
      minutes_other: '這些資料是 {{count}} 分鐘前的，連網以後會更新',
      hours_other: '這些資料是 {{count}} 小時前的，連網以後會更新',
      days_other: '這些資料是 {{count}} 天前的，連網以後會更新',
    },
    refused: {
      title_other: '您有 {{count}} 件事沒有辦成',
      item: '{{when}}：{{reason}}',
      ok: '知道了',
    },
    staff: {
      title: '傳送記錄',
      needsEnrollment: '這台機器需要工作人員重新登記，登記以後才能傳送記錄。',
      refused_other: '{{count}} 條被中心拒絕，請跟進',
      nextTry_other: '{{count}} 秒後再試',
      sendNow: '現在傳送',
      lastProblem: '最近的問題：{{problem}}',
      clockSkew_other: '這台機器的時鐘和中心差 {{count}} 分鐘，請校準',
    },
    problem: {
      network: '連不上中心的伺服器',
      timeout: '中心的伺服器沒有按時回答',
      server: '中心的伺服器出錯了（{{status}}）',
      refused: '中心的伺服器不接受這批記錄（{{status}}）',
      unauthorized: '中心不認識這台機器（{{status}}）',
      bad_response: '中心伺服器的回答看不懂',
      unanswered: '中心的伺服器漏答了一些記錄',
      storage: '這台機器保存記錄時出錯',
    },
  },
  en: {
    saved: 'Saved. It will be sent when the connection returns.',
    sent: 'Sent to the centre.',
    sending: 'Sending…',
    notDone: 'This was not done: {{reason}}',
    pending_one: 'One waiting to be sent',
    pending_other: '{{count}} waiting to be sent',
    allSent: 'All sent',
    lastSent: {
      never: 'Nothing sent yet',
      justNow: 'Last sent just now',
      minutes_one: 'Last sent a minute ago',
      minutes_other: 'Last sent {{count}} minutes ago',
      hours_one: 'Last sent an hour ago',
      hours_other: 'Last sent {{count}} hours ago',
      days_one: 'Last sent a day ago',
      days_other: 'Last sent {{count}} days ago',
    },
    dataAge: {
      justNow: 'This information was just updated',
      minutes_one:
        'This information is a minute old; it will be updated when the connection returns',
      minutes_other:
        'This information is {{count}} minutes old; it will be updated when the connection returns',
      hours_one: 'This information is an hour old; it will be updated when the connection returns',
      hours_other:
        'This information is {{count}} hours old; it will be updated when the connection returns',
      days_one: 'This information is a day old; it will be updated when the connection returns',
      days_other:
        'This information is {{count}} days old; it will be updated when the connection returns',
    },
    refused: {
      title_one: 'One thing you asked for was not done',
      title_other: '{{count}} things you asked for were not done',
      item: '{{when}}: {{reason}}',
      ok: 'I understand',
    },
    staff: {
      title: 'Sending records',
      needsEnrollment:
        'This kiosk needs to be enrolled again by staff; until then nothing can be sent.',
      refused_one: 'One record was refused by the centre; please follow it up',
      refused_other: '{{count}} records were refused by the centre; please follow them up',
      nextTry_one: 'Trying again in one second',
      nextTry_other: 'Trying again in {{count}} seconds',
      sendNow: 'Send now',
      lastProblem: 'Last problem: {{problem}}',
      clockSkew_one: 'This kiosk’s clock is one minute off the centre’s; please set it',
      clockSkew_other: 'This kiosk’s clock is {{count}} minutes off the centre’s; please set it',
    },
    problem: {
      network: 'Cannot reach the centre’s server',
      timeout: 'The centre’s server did not answer in time',
      server: 'The centre’s server had an error ({{status}})',
      refused: 'The centre’s server did not accept this batch ({{status}})',
      unauthorized: 'The centre does not recognise this kiosk ({{status}})',
      bad_response: 'The centre’s server gave an answer the kiosk cannot read',
      unanswered: 'The centre’s server left some records unanswered',
      storage: 'This kiosk could not save its records',
    },
  },
});
