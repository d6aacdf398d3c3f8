import { defineArea } from '../types';

/**
 * Strings of the config area, under the "config." prefix: the staff screen shown when the
 * centre's config files are broken (the problems themselves come from `formatProblem`).
 */
export const config = defineArea({
  'zh-Hans': {
    error: {
      title: '自助机设置有误',
      explain: '自助机的设置文件有错误。在工作人员改好之前，自助机无法启动，长者暂时不能使用。',
      problems: '问题如下：',
      count_other: '共 {{count}} 个问题',
      ask: '请联系管理员，在电脑上运行 npm run config:check 查看并改正这些问题，然后按“重新检查”。',
      retry: '重新检查',
    },
    lastGood: '新的设置有错误，自助机正在使用上一次正确的设置（版本 {{version}}）。',
  },
  'zh-Hant': {
    error: {
      title: '自助機設定有誤',
      explain: '自助機的設定檔有錯誤。在工作人員改好之前，自助機無法啟動，長者暫時不能使用。',
      problems: '問題如下：',
      count_other: '共 {{count}} 個問題',
      ask: '請聯絡管理員，在電腦上執行 npm run config:check 查看並改正這些問題，然後按「重新檢查」。',
      retry: '重新檢查',
    },
    lastGood: '新的設定有錯誤，自助機正在使用上一次正確的設定（版本 {{version}}）。',
  },
  en: {
    error: {
      title: 'The kiosk settings have mistakes',
      explain:
        'The kiosk cannot start until staff fix its settings files. Until then, visitors cannot use it.',
      problems: 'The problems:',
      count_one: '{{count}} problem',
      count_other: '{{count}} problems',
      ask: 'Ask your administrator to run npm run config:check on the centre computer, fix the problems, then press "Check again".',
      retry: 'Check again',
    },
    lastGood:
      'The new settings have mistakes, so the kiosk is using the last good settings (version {{version}}).',
  },
});
