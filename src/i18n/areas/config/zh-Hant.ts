import type { SameKeys } from '../../types';
import type { words as zhHans } from './zh-Hans';

/** The config area's words in 繁體中文, with exactly zh-Hans's keys. */
export const words: SameKeys<typeof zhHans> = {
  error: {
    title: '自助機設定有誤',
    explain: '自助機的設定檔有錯誤。在工作人員改好之前，自助機無法啟動，長者暫時不能使用。',
    problems: '問題如下：',
    count_other: '共 {{count}} 個問題',
    ask: '請聯絡管理員，在電腦上執行 npm run config:check 查看並改正這些問題，然後按「重新檢查」。',
    retry: '重新檢查',
  },
  lastGood: '新的設定有錯誤，自助機正在使用上一次正確的設定（版本 {{version}}）。',
};
