/**
 * Why the server refused an entry, in words an elder can read. The server sends the words with
 * the code (so a kiosk older than the server still shows a new reason); the kiosk shows and
 * speaks them; the staff console lists refusals for follow-up.
 */
import type { LocalText } from '../config/fields';

/** Every refusal the server may answer with. A refusal is final: it is never retried. */
export const REASON_CODES = [
  'invalid_entry',
  'unknown_kind',
  'invalid_payload',
  'unknown_card',
  'membership_expired',
  'sold_out',
  'past_cutoff',
  'beyond_horizon',
  'canteen_closed',
  'already_booked',
  'not_on_menu',
  'delivery_unavailable',
  'no_such_booking',
  'unknown_category',
  'no_such_request',
  'request_started',
  'duplicate',
  'kiosk_revoked',
  'no_proof',
  'bad_proof',
  'pin_needed',
  'no_such_class',
] as const;

/** A refusal this build knows. */
export type ReasonCode = (typeof REASON_CODES)[number];

/** The words for every refusal, in all three languages. */
export const REASONS: Record<ReasonCode, LocalText> = {
  invalid_entry: {
    'zh-Hans': '这条记录的格式不对，没有办成。请找工作人员。',
    'zh-Hant': '這條記錄的格式不對，沒有辦成。請找工作人員。',
    en: 'This request was not in the right form, so it was not done. Please ask a member of staff.',
  },
  unknown_kind: {
    'zh-Hans': '中心的服务器还不认识这种请求，没有办成。请找工作人员。',
    'zh-Hant': '中心的伺服器還不認識這種請求，沒有辦成。請找工作人員。',
    en: 'The centre’s server does not know this kind of request yet, so it was not done. Please ask a member of staff.',
  },
  invalid_payload: {
    'zh-Hans': '这个请求里少了东西或者有错，没有办成。请找工作人员。',
    'zh-Hant': '這個請求裡少了東西或者有錯，沒有辦成。請找工作人員。',
    en: 'Something in this request was missing or wrong, so it was not done. Please ask a member of staff.',
  },
  unknown_card: {
    'zh-Hans': '中心找不到这张卡。请找工作人员帮您看看。',
    'zh-Hant': '中心找不到這張卡。請找工作人員幫您看看。',
    en: 'The centre does not know this card. Please ask a member of staff to check it.',
  },
  membership_expired: {
    'zh-Hans': '您的会员已经到期了。请找工作人员续期。',
    'zh-Hant': '您的會員已經到期了。請找工作人員續期。',
    en: 'Your membership has ended. Please ask a member of staff to renew it.',
  },
  sold_out: {
    'zh-Hans': '已经订满了，没有名额了。',
    'zh-Hant': '已經訂滿了，沒有名額了。',
    en: 'It is fully booked; there are no places left.',
  },
  past_cutoff: {
    'zh-Hans': '已经过了预订的截止时间。',
    'zh-Hant': '已經過了預訂的截止時間。',
    en: 'It is past the time for booking.',
  },
  beyond_horizon: {
    'zh-Hans': '那一天离现在太远，还不能订。请过几天再订。',
    'zh-Hant': '那一天離現在太遠，還不能訂。請過幾天再訂。',
    en: 'That day is too far ahead to book yet. Please book it in a few days.',
  },
  canteen_closed: {
    'zh-Hans': '那一天食堂不开，不能订餐。',
    'zh-Hant': '那一天食堂不開，不能訂餐。',
    en: 'The canteen is closed that day, so no meal can be booked.',
  },
  already_booked: {
    'zh-Hans': '您已经订过了，不用再订。',
    'zh-Hant': '您已經訂過了，不用再訂。',
    en: 'You have already booked this; there is no need to book again.',
  },
  not_on_menu: {
    'zh-Hans': '那一天没有这份饭菜。请重新选一份。',
    'zh-Hant': '那一天沒有這份飯菜。請重新選一份。',
    en: 'That meal is not served on that day. Please choose again.',
  },
  delivery_unavailable: {
    'zh-Hans': '这一餐不能送到家里。可以来中心吃，或者找工作人员问问。',
    'zh-Hant': '這一餐不能送到家裡。可以來中心吃，或者找工作人員問問。',
    en: 'This meal cannot be delivered to your home. You can eat at the centre, or ask a member of staff.',
  },
  no_such_booking: {
    'zh-Hans': '没有找到这份预订，可能已经取消了。',
    'zh-Hant': '沒有找到這份預訂，可能已經取消了。',
    en: 'This booking was not found; it may have been cancelled already.',
  },
  unknown_category: {
    'zh-Hans': '中心现在不提供这项服务了。请找工作人员问问。',
    'zh-Hant': '中心現在不提供這項服務了。請找工作人員問問。',
    en: 'The centre no longer offers this service. Please ask a member of staff.',
  },
  no_such_request: {
    'zh-Hans': '没有找到这个请求，可能已经取消了。',
    'zh-Hant': '沒有找到這個請求，可能已經取消了。',
    en: 'This request was not found; it may have been cancelled already.',
  },
  request_started: {
    'zh-Hans': '工作人员已经开始办这件事了，不能在这里取消。请找工作人员。',
    'zh-Hant': '工作人員已經開始辦這件事了，不能在這裡取消。請找工作人員。',
    en: 'Staff have already started on this, so it cannot be cancelled here. Please ask a member of staff.',
  },
  duplicate: {
    'zh-Hans': '中心已经收到过这个请求了。',
    'zh-Hant': '中心已經收到過這個請求了。',
    en: 'The centre already has this request.',
  },
  kiosk_revoked: {
    'zh-Hans': '这台机器已经停用了，没有办成。请找工作人员。',
    'zh-Hant': '這台機器已經停用了，沒有辦成。請找工作人員。',
    en: 'This kiosk has been switched off by the centre, so this was not done. Please ask a member of staff.',
  },
  no_proof: {
    'zh-Hans':
      '这条记录没有刷卡的凭据，中心不能确认是您本人，没有办成。请再刷一次卡，或者找工作人员。',
    'zh-Hant':
      '這條記錄沒有刷卡的憑據，中心不能確認是您本人，沒有辦成。請再刷一次卡，或者找工作人員。',
    en: 'This came without proof that your card was used, so the centre could not be sure it was you and it was not done. Please tap your card again, or ask a member of staff.',
  },
  bad_proof: {
    'zh-Hans': '中心核对不了这次刷卡，没有办成。请再刷一次卡，或者找工作人员。',
    'zh-Hant': '中心核對不了這次刷卡，沒有辦成。請再刷一次卡，或者找工作人員。',
    en: 'The centre could not check this card tap, so this was not done. Please tap your card again, or ask a member of staff.',
  },
  pin_needed: {
    'zh-Hans':
      '这件事要核对您的密码，密码没有输入或者没有对上，没有办成。请输入密码再试，或者找工作人员。',
    'zh-Hant':
      '這件事要核對您的密碼，密碼沒有輸入或者沒有對上，沒有辦成。請輸入密碼再試，或者找工作人員。',
    en: 'This needs your PIN, and it was not given or did not match, so it was not done. Please try again with your PIN, or ask a member of staff.',
  },
  no_such_class: {
    'zh-Hans': '这节课已经取消或者改了，没有签到。请找培训老师。',
    'zh-Hant': '這節課已經取消或者改了，沒有簽到。請找培訓老師。',
    en: 'This class was cancelled or changed, so you were not checked in. Please ask the trainer.',
  },
};

/**
 * A refusal as sent: the code, the elder's words, and optional English detail for staff
 * (which field was wrong). A code from a newer server stays a plain string; its words still come.
 */
export interface Reason {
  code: ReasonCode | (string & NonNullable<unknown>);
  message: LocalText;
  detail?: string;
}

/** The refusal for `code`, with this build's words. */
export function reason(code: ReasonCode, detail?: string): Reason {
  return detail === undefined
    ? { code, message: REASONS[code] }
    : { code, message: REASONS[code], detail };
}
