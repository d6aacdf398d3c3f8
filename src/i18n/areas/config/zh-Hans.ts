/** The config area's words in 简体中文: they set the keys the other languages must have (index.ts). */
export const words = {
  error: {
    title: '自助机设置有误',
    explain: '自助机的设置文件有错误。在工作人员改好之前，自助机无法启动，长者暂时不能使用。',
    problems: '问题如下：',
    count_other: '共 {{count}} 个问题',
    ask: '请联系管理员，在电脑上运行 npm run config:check 查看并改正这些问题，然后按“重新检查”。',
    retry: '重新检查',
  },
  lastGood: '新的设置有错误，自助机正在使用上一次正确的设置（版本 {{version}}）。',
};
