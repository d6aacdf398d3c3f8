/**
 * lessons/<id>.json: one lesson of 学用手机 — 5 to 8 one-action steps on a simulated phone, a
 * practice task and a two-question check, every word in three languages. A step's phone screen is
 * data (a status bar and a few elements), so the kiosk draws it large and any item on it can be
 * the step's target. Rules that span fields (the target is on the step's screen, ids are unique)
 * are in ./check.ts; `npm run config:check` reports both the same way.
 */
import * as v from 'valibot';
import { block, doc, LocalText, quoted, schemaRef, shown, slug, text } from '../config/fields';

type Issue = v.BaseIssue<unknown>;

/** The pictures drawn for the simulated phone (src/kiosk/flows/lessons/phone-icons.ts): no brand marks. */
export const PHONE_ICONS = [
  'settings',
  'wifi',
  'text-size',
  'chat',
  'video',
  'phone',
  'hang-up',
  'camera',
  'photos',
  'mic',
  'plus',
  'back',
  'send',
  'scan',
  'pay',
  'hospital',
  'map',
  'taxi',
  'bus',
  'gov',
  'shield',
  'person',
  'lock',
  'trash',
  'message',
  'check',
] as const;
export type PhoneIcon = (typeof PHONE_ICONS)[number];

/** The kinds of element a simulated phone screen is built from. */
export const PHONE_ELEMENTS = [
  'bar',
  'appGrid',
  'list',
  'chat',
  'keyboard',
  'dialog',
  'pay',
  'map',
  'camera',
  'call',
  'buttons',
  'text',
] as const;
export type PhoneElementKind = (typeof PHONE_ELEMENTS)[number];

/** How a step's target is touched: the gesture the real phone needs. */
export const GESTURES = ['tap', 'hold', 'drag'] as const;
export type Gesture = (typeof GESTURES)[number];

const picklist = <const T extends readonly string[]>(values: T, what: string) =>
  v.picklist(
    values,
    (i: Issue) => `${shown(i.input)} is not ${what} — use one of ${quoted(values)}`,
  );

/** One touchable thing on the phone: an app, a list row, a key, a button, a message, a pin. */
export const PhoneItemSchema = block(
  {
    id: slug('item id', 1, 40),
    label: LocalText('the item’s name on the phone (a chat message may be longer)', 80),
    icon: v.optional(
      doc(picklist(PHONE_ICONS, 'a phone picture'), `One of ${quoted(PHONE_ICONS)}`),
    ),
    detail: v.optional(LocalText('a second line under the name', 80)),
    /** A switch shown at the row's end (Wi-Fi on/off); true = on. */
    switch: v.optional(v.boolean((i: Issue) => `must be true or false — found ${shown(i.input)}`)),
    /** In a chat: whose message it is. */
    from: v.optional(doc(picklist(['me', 'them'] as const, 'who sent it'), '"me" or "them"')),
  },
  'a phone item',
);
export type PhoneItem = v.InferOutput<typeof PhoneItemSchema>;

/** One element of a phone screen, drawn by its kind; its items are what can be touched. */
export const PhoneElementSchema = block(
  {
    kind: doc(picklist(PHONE_ELEMENTS, 'a phone element'), `One of ${quoted(PHONE_ELEMENTS)}`),
    /** The element's heading: an app's title, a dialog's question, a payee, a caller. */
    title: v.optional(LocalText('the element’s heading', 60)),
    /** Body text: a dialog's message, a pay screen's amount, a caller's number. */
    body: v.optional(LocalText('the element’s text', 160)),
    items: v.optional(
      doc(
        v.pipe(
          v.array(
            PhoneItemSchema,
            (i: Issue) => `items must be a list in [ ] brackets — found ${shown(i.input)}`,
          ),
          v.maxLength(12, (i: Issue) => `${String(i.received)} items — at most 12 on one element`),
        ),
        'The touchable things of this element, in order',
      ),
    ),
  },
  'a phone element',
);
export type PhoneElement = v.InferOutput<typeof PhoneElementSchema>;

/** A simulated phone screen: the status bar's time and its elements from top to bottom. */
export const PhoneScreenSchema = block(
  {
    time: v.optional(
      doc(
        v.pipe(text(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like "09:41"')),
        'The time in the status bar, like "09:41"',
      ),
    ),
    elements: doc(
      v.pipe(
        v.array(
          PhoneElementSchema,
          (i: Issue) => `elements must be a list in [ ] brackets — found ${shown(i.input)}`,
        ),
        v.nonEmpty('the screen has no elements — add at least one'),
        v.maxLength(5, (i: Issue) => `${String(i.received)} elements — at most 5 on one screen`),
      ),
      'What the phone shows, from top to bottom',
    ),
  },
  'a phone screen',
);
export type PhoneScreen = v.InferOutput<typeof PhoneScreenSchema>;

/** One step: one action on one screen, its words shown and spoken. */
export const LessonStepSchema = block(
  {
    words: LocalText('the step’s instruction on screen', 80),
    narration: LocalText('what the kiosk says for this step', 240),
    /** What L1 tells the elder to look for (“the grey wheel named 设置”). */
    look: LocalText('what to look for, said after a first miss', 80),
    screen: PhoneScreenSchema,
    target: doc(slug('target id', 1, 40), 'The id of the item on this step’s screen to touch'),
    gesture: v.optional(
      doc(picklist(GESTURES, 'a gesture'), `How to touch it: ${quoted(GESTURES)} (default "tap")`),
    ),
    /** For a drag: the item it is dragged onto. */
    dropOn: v.optional(doc(slug('drop id', 1, 40), 'For a drag: the item to drop the target on')),
  },
  'a lesson step',
);
export type LessonStep = v.InferOutput<typeof LessonStepSchema>;

/** One question of the check, with two or three answers, exactly one right. */
export const CheckQuestionSchema = block(
  {
    question: LocalText('the question', 120),
    answers: v.pipe(
      v.array(
        block({ text: LocalText('an answer', 60), right: v.optional(v.boolean()) }, 'an answer'),
        (i: Issue) => `answers must be a list in [ ] brackets — found ${shown(i.input)}`,
      ),
      v.minLength(2, 'a question needs 2 or 3 answers'),
      v.maxLength(3, 'a question needs 2 or 3 answers'),
      v.check(
        (answers) => answers.filter((a) => a.right === true).length === 1,
        'exactly one answer must have "right": true',
      ),
    ),
    /** Said after either answer: why the right one is right. */
    because: LocalText('why the right answer is right', 160),
  },
  'a check question',
);
export type CheckQuestion = v.InferOutput<typeof CheckQuestionSchema>;

/** A whole lesson file. */
export const LessonSchema = block(
  {
    $schema: schemaRef('lesson'),
    id: slug('lesson id', 2, 40),
    /** The order in the lesson list. */
    order: v.pipe(
      v.number('order must be a whole number'),
      v.integer('order must be a whole number'),
      v.minValue(1, 'order starts at 1'),
      v.maxValue(99, 'order is at most 99'),
    ),
    icon: doc(picklist(PHONE_ICONS, 'a phone picture'), 'The picture on its tile in the list'),
    title: LocalText('the lesson’s title', 24),
    summary: LocalText('one line on what it teaches', 80),
    steps: doc(
      v.pipe(
        v.array(
          LessonStepSchema,
          (i: Issue) => `steps must be a list in [ ] brackets — found ${shown(i.input)}`,
        ),
        v.minLength(5, (i: Issue) => `${String(i.received)} steps — a lesson has 5 to 8 steps`),
        v.maxLength(8, (i: Issue) => `${String(i.received)} steps — a lesson has 5 to 8 steps`),
      ),
      '5 to 8 steps, one action each',
    ),
    practice: doc(
      block({ task: LocalText('the practice task', 120) }, 'practice'),
      'The task the elder then does alone, on the same screens',
    ),
    check: doc(
      v.pipe(
        v.array(
          CheckQuestionSchema,
          (i: Issue) => `check must be a list in [ ] brackets — found ${shown(i.input)}`,
        ),
        v.length(2, (i: Issue) => `${String(i.received)} questions — the check has exactly 2`),
      ),
      'Two questions asked at the end of the check',
    ),
  },
  'a lesson',
);
export type Lesson = v.InferOutput<typeof LessonSchema>;
