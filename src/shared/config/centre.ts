/** centre.json: who and where the centre is, its phones, hours and activities. */
import * as v from 'valibot';
import {
  block,
  clockTime,
  crossCheck,
  doc,
  isoDate,
  LocalText,
  phoneNumber,
  quoted,
  schemaRef,
  shown,
  slug,
  text,
  weekdays,
} from './fields';

type Issue = v.BaseIssue<unknown>;

const PHONE_KINDS = ['duty', 'front-desk', 'emergency', 'other'] as const;

/** One phone number shown on "Call staff" and "About this centre". */
export const PhoneSchema = block(
  {
    kind: doc(
      v.picklist(
        PHONE_KINDS,
        (i: Issue) => `${shown(i.input)} is not a phone kind — use ${quoted(PHONE_KINDS)}`,
      ),
      `What the number is for: ${quoted(PHONE_KINDS)}; one must be "duty"`,
    ),
    label: LocalText('the phone label', 40),
    number: phoneNumber,
  },
  'a phone',
);

/** One period of opening hours: some weekdays, open to close. */
export const OpeningHoursSchema = v.pipe(
  block(
    { days: weekdays, open: clockTime('Opening time'), close: clockTime('Closing time') },
    'an opening-hours period',
  ),
  v.forward(
    crossCheck(
      [['open'], ['close']],
      (h) => h.open < h.close,
      (i: Issue) => {
        const h = i.input as { open: string; close: string };
        return `closing time "${h.close}" is not after opening time "${h.open}" — times are 24-hour, so 5:30 pm is "17:30"`;
      },
    ),
    ['close'],
  ),
);

/** One activity: weekly (days) or one-off (date). */
export const ActivitySchema = v.pipe(
  block(
    {
      id: slug('activity id', 1, 40),
      title: LocalText('the activity title', 40),
      place: LocalText('the activity place', 40),
      start: clockTime('Start time'),
      end: clockTime('End time'),
      days: v.optional(doc(weekdays, 'For a weekly activity: its weekdays, like [1, 3, 5]')),
      date: v.optional(doc(isoDate, 'For a one-off activity: its date, like "2026-11-24"')),
    },
    'an activity',
  ),
  v.forward(
    crossCheck(
      [['start'], ['end']],
      (a) => a.start < a.end,
      (i: Issue) => {
        const a = i.input as { start: string; end: string };
        return `the activity ends at "${a.end}", not after it starts at "${a.start}" — times are 24-hour, so 3 pm is "15:00"`;
      },
    ),
    ['end'],
  ),
  v.forward(
    crossCheck(
      [['days'], ['date']],
      (a) => a.days === undefined || a.date === undefined,
      'an activity has either "days" (every week) or a "date" (one day only), not both — remove one',
    ),
    ['date'],
  ),
  v.forward(
    crossCheck(
      [['days'], ['date']],
      (a) => a.days !== undefined || a.date !== undefined,
      'missing — add "days" (weekdays it happens every week, like [1, 3, 5]) or "date" (its one day, like "2026-11-24")',
    ),
    ['days'],
  ),
);

/** One community (社区) the centre serves: members are placed in one, and reports cut by them. */
export const CommunitySchema = block(
  { id: slug('community id', 1, 40), name: LocalText('the community name', 30) },
  'a community',
);

const listMsg = (what: string) => (i: Issue) =>
  `${what} must be a list in [ ] brackets — found ${shown(i.input)}`;

/** centre.json: who and where the centre is; shown on "About this centre". */
export const CentreSchema = block(
  {
    $schema: schemaRef('centre'),
    id: slug('centre id', 2, 40),
    name: LocalText('the centre name', 30),
    address: LocalText('the address', 80),
    timeZone: doc(
      v.pipe(
        text(),
        v.check(
          (tz) => {
            try {
              new Intl.DateTimeFormat('en', { timeZone: tz });
              return true;
            } catch {
              return false;
            }
          },
          (i: Issue) =>
            `${shown(i.input)} is not a time-zone name — use "Asia/Shanghai" for mainland China (or "Asia/Hong_Kong", "Asia/Taipei")`,
        ),
      ),
      'The time zone of the centre, like "Asia/Shanghai"',
    ),
    staffLocation: LocalText('where staff are', 60),
    phones: doc(
      v.pipe(
        v.array(PhoneSchema, listMsg('phones')),
        v.maxLength(
          6,
          (i: Issue) =>
            `${String(i.received)} phone numbers are listed, but only 6 fit the screen — remove some`,
        ),
        crossCheck(
          [['$', 'kind']],
          (phones) => phones.some((p) => p.kind === 'duty'),
          'there is no duty phone — give one phone "kind": "duty"; the kiosk offers it when someone asks for help',
        ),
      ),
      'Up to 6 phone numbers; one with "kind": "duty"',
    ),
    openingHours: doc(
      v.pipe(
        v.array(OpeningHoursSchema, listMsg('openingHours')),
        v.nonEmpty(
          'no opening hours — add at least one, like { "days": [1, 2, 3, 4, 5], "open": "08:00", "close": "17:30" }',
        ),
      ),
      'When the centre is open: a list of { "days", "open", "close" }',
    ),
    activities: doc(
      v.pipe(
        v.array(ActivitySchema, listMsg('activities')),
        v.maxLength(60, (i: Issue) => `${String(i.received)} activities — at most 60 are allowed`),
        v.checkItems(
          (a, index, all) => all.findIndex((b) => b.id === a.id) === index,
          (i: Issue) =>
            `the id "${(i.input as { id: string }).id}" is used by an earlier activity too — give each activity its own id`,
        ),
      ),
      'The activities shown on "Today\'s activities", up to 60',
    ),
    communities: v.optional(
      doc(
        v.pipe(
          v.array(CommunitySchema, listMsg('communities')),
          v.maxLength(
            60,
            (i: Issue) => `${String(i.received)} communities — at most 60 are allowed`,
          ),
          v.checkItems(
            (c, index, all) => all.findIndex((d) => d.id === c.id) === index,
            (i: Issue) =>
              `the id "${(i.input as { id: string }).id}" is used by an earlier community too — give each its own id`,
          ),
        ),
        'The communities (社区) members live in, for the training report: { "id", "name" }',
      ),
    ),
    trainingTarget: v.optional(
      doc(
        v.pipe(
          v.number((i: Issue) => `${shown(i.input)} is not a number — write it like 1500`),
          v.integer('write the target as a whole number of person-times, like 1500'),
          v.minValue(1, 'the target must be at least 1'),
          v.maxValue(1_000_000, 'the target must be at most 1000000'),
        ),
        'Training person-times (人次) the district asks for in a year, like 1500',
      ),
    ),
  },
  'centre.json',
);
/** A valid centre.json. */
export type CentreConfig = v.InferOutput<typeof CentreSchema>;
