import { defineArea } from '../types';

/**
 * The console's subsidy register (issue #13 item 4): members' ID numbers, importing the bureau's
 * monthly lists, the queue of rows that matched no member, each member's subsidy history and
 * the monthly report by programme.
 */
export const subsidyRegister = defineArea({
  'zh-Hans': {
    idNumber: {
      title: '身份证号',
      hint: '民政局的名单按身份证号找人。只有管理员和工作人员看得到，自助机上永远没有。',
      label: '身份证号',
      fieldHint: '18 位，最后一位可以是 X。',
      none: '还没有登记身份证号。',
      reveal: '显示完整号码',
      hide: '隐藏',
      save: '保存身份证号',
      clear: '删除身份证号',
      saved: '已保存。',
      problem: {
        length: '身份证号是 18 位，请看看是不是少打或多打了。',
        characters: '身份证号前 17 位是数字，最后一位是数字或 X。',
        'birth-date': '身份证号第 7 到 14 位是出生日期，这几位不是真实的日子。',
        'check-digit': '最后一位和前面的数字对不上，可能有一位打错了。',
      },
    },
  },
  'zh-Hant': {
    idNumber: {
      title: '身分證號',
      hint: '民政局的名單按身分證號找人。只有管理員和工作人員看得到，自助機上永遠沒有。',
      label: '身分證號',
      fieldHint: '18 位，最後一位可以是 X。',
      none: '還沒有登記身分證號。',
      reveal: '顯示完整號碼',
      hide: '隱藏',
      save: '儲存身分證號',
      clear: '刪除身分證號',
      saved: '已儲存。',
      problem: {
        length: '身分證號是 18 位，請看看是不是少打或多打了。',
        characters: '身分證號前 17 位是數字，最後一位是數字或 X。',
        'birth-date': '身分證號第 7 到 14 位是出生日期，這幾位不是真實的日子。',
        'check-digit': '最後一位和前面的數字對不上，可能有一位打錯了。',
      },
    },
  },
  en: {
    idNumber: {
      title: 'ID number',
      hint: 'The civil affairs bureau’s lists find people by ID number. Only admins and staff see it; it never reaches a kiosk.',
      label: 'Resident ID number',
      fieldHint: '18 characters; the last may be X.',
      none: 'No ID number recorded yet.',
      reveal: 'Show the whole number',
      hide: 'Hide',
      save: 'Save the ID number',
      clear: 'Remove the ID number',
      saved: 'Saved.',
      problem: {
        length: 'An ID number has 18 characters; check that none is missing or extra.',
        characters: 'An ID number is 17 digits and then a digit or X.',
        'birth-date': 'Characters 7 to 14 are the birth date, and these are not a real day.',
        'check-digit': 'The last character does not match the others: one was probably mistyped.',
      },
    },
  },
});
