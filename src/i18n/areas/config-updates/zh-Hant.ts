import type { SameKeys } from '../../types';
import type { words as zhHans } from './zh-Hans';

/** The configUpdates area's words in 繁體中文, with exactly zh-Hans's keys. */
export const words: SameKeys<typeof zhHans> = {
  preview: {
    mark: '預覽',
    label: '這是預覽，不是正在使用的自助機',
  },
  staff: {
    location: '安放位置',
    refused: '未採用的新設定',
  },
};
