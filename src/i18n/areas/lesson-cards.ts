import { defineArea } from '../types';

/**
 * The console's printed step cards (src/staff/lessons): the list of the centre's lessons and one
 * lesson as an A4 card an elder takes home, in the language chosen for the card.
 */
export const lessonCards = defineArea({
  'zh-Hans': {
    nav: { 'lesson-cards': '学用手机步骤卡' },
    list: {
      title: '学用手机步骤卡',
      intro:
        '每一课都可以打印成一张步骤卡：和自助机上的课一字不差，每一步画着手机屏幕，要点的地方圈出来。学完的老人带回家，对着自己的手机再练。',
      loading: '正在读取课程……',
      failed: '课程读不出来，请刷新页面再试。',
      none: '中心的设置里还没有课程。',
      steps_other: '{{count}} 步',
      open: '打开步骤卡',
    },
    card: {
      back: '返回课程列表',
      language: '步骤卡的语言',
      print: '打印',
      printNote: '用 A4 纸打印。浏览器的打印窗口里选“纵向”，不要缩小。',
      loading: '正在读取这一课……',
      failed: '这一课读不出来：{{detail}}',
      step: '第 {{n}} 步',
      practice: '自己练一练',
      help: '记不住也没关系：再来中心，在自助机上“学用手机”里再学一遍。',
    },
    mark: {
      tap: '点这里',
      hold: '按住这里',
      drag: '按住拖走',
      drop: '拖到这里',
    },
  },
  'zh-Hant': {
    nav: { 'lesson-cards': '學用手機步驟卡' },
    list: {
      title: '學用手機步驟卡',
      intro:
        '每一課都可以列印成一張步驟卡：和自助機上的課一字不差，每一步畫著手機屏幕，要點的地方圈出來。學完的長者帶回家，對著自己的手機再練。',
      loading: '正在讀取課程……',
      failed: '課程讀不出來，請重新整理頁面再試。',
      none: '中心的設定裡還沒有課程。',
      steps_other: '{{count}} 步',
      open: '打開步驟卡',
    },
    card: {
      back: '返回課程列表',
      language: '步驟卡的語言',
      print: '列印',
      printNote: '用 A4 紙列印。瀏覽器的列印視窗裡選「直向」，不要縮小。',
      loading: '正在讀取這一課……',
      failed: '這一課讀不出來：{{detail}}',
      step: '第 {{n}} 步',
      practice: '自己練一練',
      help: '記不住也沒關係：再來中心，在自助機上「學用手機」裡再學一遍。',
    },
    mark: {
      tap: '點這裡',
      hold: '按住這裡',
      drag: '按住拖走',
      drop: '拖到這裡',
    },
  },
  en: {
    nav: { 'lesson-cards': 'Lesson step cards' },
    list: {
      title: 'Lesson step cards',
      intro:
        'Each lesson prints as a step card: word for word the lesson on the kiosk, each step with a drawing of the phone and the place to touch circled. Learners take it home to practise on their own phone.',
      loading: 'Reading the lessons…',
      failed: 'The lessons could not be read. Reload the page and try again.',
      none: 'The centre’s settings have no lessons yet.',
      steps_one: '{{count}} step',
      steps_other: '{{count}} steps',
      open: 'Open the step card',
    },
    card: {
      back: 'Back to the lessons',
      language: 'Language of the card',
      print: 'Print',
      printNote: 'Print on A4. In the browser’s print window choose portrait and do not shrink it.',
      loading: 'Reading this lesson…',
      failed: 'This lesson could not be read: {{detail}}',
      step: 'Step {{n}}',
      practice: 'Practise on your own',
      help: 'Forgot a step? That’s fine: come back to the centre and take the lesson again at the kiosk, under Learn your phone.',
    },
    mark: {
      tap: 'Tap here',
      hold: 'Hold here',
      drag: 'Hold and drag',
      drop: 'Drop here',
    },
  },
});
