/** The kit area's words in 简体中文: they set the keys the other languages must have (index.ts). */
export const words = {
  keypad: {
    delete: '删除',
    clear: '清空',
    done: '确定',
    asterisk: '星号',
    digit: '{{digit}}',
    deleted: '删掉了一位',
    cleared: '已经清空',
    full_other: '最多只能输入 {{count}} 位',
    empty: '请用下面的数字键输入',
    enteredCount_other: '已输入 {{count}} 位',
    hiddenCount_other: '前 {{count}} 位已隐藏，后面是',
  },
  confirm: { yes: '对，确认', no: '不对，返回' },
  success: { done: '好的' },
  scroll: { up: '往上看', down: '往下看' },
  screen: { footerLabel: '常用按钮' },
};
