/**
 * Common characters that differ between Simplified and Traditional Chinese. Each entry is the
 * simplified character followed by its traditional form(s). Only characters that are NOT also
 * normal in the other script are listed: 上 助 呼 叫 遍 餐 置 are written the same in both, and
 * 台 里 云 后 温 于 are also normal (or accepted) Traditional, so none of them can reveal a mistranslation.
 */
const PAIRS =
  '这這 们們 来來 时時 个個 说說 语語 设設 钮鈕 击擊 页頁 显顯 问問 题題 帮幫 务務 员員 马馬 听聽 补補 ' +
  '贴貼 电電 话話 号號 码碼 关關 闭閉 开開 机機 动動 书書 请請 选選 择擇 点點 预預 约約 给給 为為爲 ' +
  '没沒 还還 会會 对對 学學 习習 护護 医醫 药藥 饭飯 钱錢 费費 气氣 声聲 图圖 欢歡 区區 长長 东東 车車 ' +
  '门門 间間 认認 识識 证證 写寫 让讓 谢謝 级級 紧緊 报報 难難 岁歲 与與 从從 样樣 觉覺 边邊 过過 进進 ' +
  '讲講 简簡 体體 汉漢 华華 国國 应應 该該 网網 络絡 线線 视視 频頻 乐樂 队隊 热熱 单單 双雙 钟鐘鍾 楼樓 ' +
  '厅廳 馆館 压壓 饮飲 维維 换換 节節 课課 戏戲 惯慣 无無 见見 现現 实實 确確 发發髮 启啟啓 联聯 误誤 错錯 ' +
  '脑腦 运運 执執 检檢 总總';

/** simplified character → its traditional form(s). */
export const SIMPLIFIED_TO_TRADITIONAL: ReadonlyMap<string, string> = new Map(
  PAIRS.split(' ').map((pair) => [pair.charAt(0), pair.slice(1)]),
);

const SIMPLIFIED_ONLY = new Set(SIMPLIFIED_TO_TRADITIONAL.keys());
const TRADITIONAL_ONLY = new Set([...SIMPLIFIED_TO_TRADITIONAL.values()].flatMap((t) => [...t]));

/** Characters in `text` that belong only to the other script. */
export function wrongScript(text: string, script: 'zh-Hans' | 'zh-Hant'): string[] {
  const wrong = script === 'zh-Hant' ? SIMPLIFIED_ONLY : TRADITIONAL_ONLY;
  return [...new Set([...text].filter((c) => wrong.has(c)))];
}
