/** The configUpdates area's words in 简体中文: they set the keys the other languages must have (index.ts). */
export const words = {
  preview: {
    mark: '预览',
    label: '这是预览，不是正在使用的自助机',
  },
  staff: {
    location: '安放位置',
    refused: '未采用的新设置',
  },
};
