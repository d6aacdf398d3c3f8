import { defineArea } from '../types';

/**
 * Strings of the identify area, under the "identify." prefix: the elder taps a card or types its
 * number (and a PIN where the member has one), and is greeted, or told kindly what to do next.
 * `roster.*` is the staff screen's view of the offline roster and its pull.
 */
export const identify = defineArea({
  'zh-Hans': {
    title: '请刷卡或输入卡号',
    resultTitle: '会员卡',
    testTitle: '试刷卡',
    prompt: '请把会员卡放到读卡器上，或者在下面输入卡号。',
    label: '会员卡号',
    done: '确定',
    notACard: '没有认出卡号，请再试一次。',
    checking: '正在查找您的卡……',
    pin: {
      title: '请输入密码',
      prompt: '请输入您的 4 位密码。',
      label: '您的 4 位密码',
      wrong_other: '密码不对。还可以再试 {{count}} 次。',
      checking: '正在核对密码……',
      done: '确定',
    },
    pinTriesOut: {
      what: '密码没有对上',
      next: '没关系，请找工作人员帮忙，或者过 15 分钟再试。',
      spoken: '密码没有对上。没关系，请找工作人员帮忙，或者过 15 分钟再试。',
    },
    pinOffline: {
      what: '现在连不上网络，密码暂时核对不了',
      next: '您可以订餐，也可以找人帮忙。看自己的记录要等网络恢复。',
      continue: '继续',
      spoken:
        '现在连不上网络，密码暂时核对不了。您可以订餐，也可以找人帮忙。看自己的记录要等网络恢复。',
    },
    recordsNeedPin: {
      what: '看自己的记录需要联网核对密码',
      next: '刚才连不上网络，密码没有核对。网络好了以后，请点“输入密码”。订餐和找人帮忙现在就可以。',
      retry: '输入密码',
      spoken:
        '看自己的记录需要联网核对密码。刚才连不上网络，密码没有核对。网络好了以后，请点输入密码。',
    },
    welcome: {
      message: '{{name}}，您好',
      continue: '继续',
      testDone: '完成',
      testDetail: '这张卡可以用。',
    },
    expired: {
      greeting: '{{name}}，您好',
      what: '您的会员资格在 {{date}} 到期了。',
      next: '工作人员可以帮您续办，很快就好。',
      spoken: '{{name}}，您好。您的会员资格在 {{date}} 到期了。工作人员可以帮您续办，很快就好。',
    },
    unknown: {
      what: '没有找到这张卡',
      next: '请找工作人员帮忙。',
      retry: '再试一次',
      spoken: '没有找到这张卡。请找工作人员帮忙。',
    },
    noRoster: {
      what: '这台机器还没有会员名单',
      next: '请找工作人员帮忙。',
      spoken: '这台机器还没有会员名单。请找工作人员帮忙。',
    },
    callStaff: '呼叫工作人员',
    roster: {
      title: '会员名单',
      age: {
        never: '这台机器还没有收到名单',
        justNow: '名单刚刚更新，共 {{members}} 人',
        minutes_other: '名单更新于 {{count}} 分钟前，共 {{members}} 人',
        hours_other: '名单更新于 {{count}} 小时前，共 {{members}} 人',
        days_other: '名单更新于 {{count}} 天前，共 {{members}} 人',
      },
      problem: '名单的问题',
      invalid_other: '有 {{count}} 条名单数据不对，已经跳过',
      test: '试刷卡',
    },
  },
  'zh-Hant': {
    title: '請刷卡或輸入卡號',
    resultTitle: '會員卡',
    testTitle: '試刷卡',
    prompt: '請把會員卡放到讀卡機上，或者在下面輸入卡號。',
    label: '會員卡號',
    done: '確定',
    notACard: '沒有認出卡號，請再試一次。',
    checking: '正在查找您的卡……',
    pin: {
      title: '請輸入密碼',
      prompt: '請輸入您的 4 位密碼。',
      label: '您的 4 位密碼',
      wrong_other: '密碼不對。還可以再試 {{count}} 次。',
      checking: '正在核對密碼……',
      done: '確定',
    },
    pinTriesOut: {
      what: '密碼沒有對上',
      next: '沒關係，請找工作人員幫忙，或者過 15 分鐘再試。',
      spoken: '密碼沒有對上。沒關係，請找工作人員幫忙，或者過 15 分鐘再試。',
    },
    pinOffline: {
      what: '現在連不上網路，密碼暫時核對不了',
      next: '您可以訂餐，也可以找人幫忙。看自己的紀錄要等網路恢復。',
      continue: '繼續',
      spoken:
        '現在連不上網路，密碼暫時核對不了。您可以訂餐，也可以找人幫忙。看自己的紀錄要等網路恢復。',
    },
    recordsNeedPin: {
      what: '看自己的紀錄需要連網核對密碼',
      next: '剛才連不上網路，密碼沒有核對。網路好了以後，請點「輸入密碼」。訂餐和找人幫忙現在就可以。',
      retry: '輸入密碼',
      spoken:
        '看自己的紀錄需要連網核對密碼。剛才連不上網路，密碼沒有核對。網路好了以後，請點輸入密碼。',
    },
    welcome: {
      message: '{{name}}，您好',
      continue: '繼續',
      testDone: '完成',
      testDetail: '這張卡可以用。',
    },
    expired: {
      greeting: '{{name}}，您好',
      what: '您的會員資格在 {{date}} 到期了。',
      next: '工作人員可以幫您續辦，很快就好。',
      spoken: '{{name}}，您好。您的會員資格在 {{date}} 到期了。工作人員可以幫您續辦，很快就好。',
    },
    unknown: {
      what: '沒有找到這張卡',
      next: '請找工作人員幫忙。',
      retry: '再試一次',
      spoken: '沒有找到這張卡。請找工作人員幫忙。',
    },
    noRoster: {
      what: '這台機器還沒有會員名單',
      next: '請找工作人員幫忙。',
      spoken: '這台機器還沒有會員名單。請找工作人員幫忙。',
    },
    callStaff: '呼叫工作人員',
    roster: {
      title: '會員名單',
      age: {
        never: '這台機器還沒有收到名單',
        justNow: '名單剛剛更新，共 {{members}} 人',
        minutes_other: '名單更新於 {{count}} 分鐘前，共 {{members}} 人',
        hours_other: '名單更新於 {{count}} 小時前，共 {{members}} 人',
        days_other: '名單更新於 {{count}} 天前，共 {{members}} 人',
      },
      problem: '名單的問題',
      invalid_other: '有 {{count}} 條名單資料不對，已經跳過',
      test: '試刷卡',
    },
  },
  en: {
    title: 'Tap or type your card',
    resultTitle: 'Member card',
    testTitle: 'Test a card',
    prompt: 'Please hold your member card to the reader, or type its number below.',
    label: 'Member card number',
    done: 'OK',
    notACard: 'The card number was not recognised. Please try again.',
    checking: 'Looking up your card…',
    pin: {
      title: 'Please type your PIN',
      prompt: 'Please type your 4-digit PIN.',
      label: 'Your 4-digit PIN',
      wrong_one: 'That PIN is not right. You can try once more.',
      wrong_other: 'That PIN is not right. You can try {{count}} more times.',
      checking: 'Checking your PIN…',
      done: 'OK',
    },
    pinTriesOut: {
      what: 'The PIN did not match',
      next: 'That is all right. Please ask staff for help, or try again in 15 minutes.',
      spoken:
        'The PIN did not match. That is all right. Please ask staff for help, or try again in 15 minutes.',
    },
    pinOffline: {
      what: 'Your PIN cannot be checked now',
      next: 'There is no connection. You can still book a meal or ask for help.',
      continue: 'Continue',
      spoken:
        'Your PIN cannot be checked now: there is no connection. You can still book a meal or ask for help.',
    },
    recordsNeedPin: {
      what: 'Your records need the connection',
      next: 'Your PIN could not be checked. When the connection is back, press “Type my PIN”.',
      retry: 'Type my PIN',
      spoken:
        'Your records need the connection, to check your PIN. When it is back, press Type my PIN.',
    },
    welcome: {
      message: 'Hello, {{name}}',
      continue: 'Continue',
      testDone: 'Done',
      testDetail: 'This card works.',
    },
    expired: {
      greeting: 'Hello, {{name}}',
      what: 'Your membership ended on {{date}}.',
      next: 'Staff can renew it for you; it only takes a moment.',
      spoken:
        'Hello, {{name}}. Your membership ended on {{date}}. Staff can renew it for you; it only takes a moment.',
    },
    unknown: {
      what: 'We could not find this card',
      next: 'Please ask a member of staff for help.',
      retry: 'Try again',
      spoken: 'We could not find this card. Please ask a member of staff for help.',
    },
    noRoster: {
      what: 'This kiosk does not have the member list yet',
      next: 'Please ask a member of staff for help.',
      spoken:
        'This kiosk does not have the member list yet. Please ask a member of staff for help.',
    },
    callStaff: 'Call staff',
    roster: {
      title: 'Member list',
      age: {
        never: 'This kiosk has not received the member list yet',
        justNow: 'Updated just now · members: {{members}}',
        minutes_one: 'Updated a minute ago · members: {{members}}',
        minutes_other: 'Updated {{count}} minutes ago · members: {{members}}',
        hours_one: 'Updated an hour ago · members: {{members}}',
        hours_other: 'Updated {{count}} hours ago · members: {{members}}',
        days_one: 'Updated a day ago · members: {{members}}',
        days_other: 'Updated {{count}} days ago · members: {{members}}',
      },
      problem: 'Member list problem',
      invalid_one: 'One member record was damaged and skipped',
      invalid_other: '{{count}} member records were damaged and skipped',
      test: 'Test a card',
    },
  },
});
