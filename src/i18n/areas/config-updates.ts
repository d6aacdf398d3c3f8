import { defineArea } from '../types';

/**
 * Strings under "configUpdates.": the console's preview mark on the kiosk, and what the kiosk's
 * staff screen shows of the settings staff published (its place, a refused config).
 */
export const configUpdates = defineArea({
  'zh-Hans': {
    preview: {
      mark: '预览',
      label: '这是预览，不是正在使用的自助机',
    },
    staff: {
      location: '安放位置',
      refused: '未采用的新设置',
    },
  },
  'zh-Hant': {
    preview: {
      mark: '預覽',
      label: '這是預覽，不是正在使用的自助機',
    },
    staff: {
      location: '安放位置',
      refused: '未採用的新設定',
    },
  },
  en: {
    preview: {
      mark: 'Preview',
      label: 'This is a preview, not a kiosk in use',
    },
    staff: {
      location: 'Location',
      refused: 'New settings refused',
    },
  },
});
