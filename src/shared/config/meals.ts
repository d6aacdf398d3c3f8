/**
 * meals.json: the canteen — sittings and their cut-offs, delivery, the price table by member
 * category, and the weekly menu. Optional: a centre without a canteen leaves it out (and then
 * cannot enable the "meals" job). Money is in fen (分): ¥15 is written 1500.
 */
import * as v from 'valibot';
import { DISABILITY_GRADES, MEMBER_CATEGORIES } from '../members/categories';
import {
  block,
  clockTime,
  crossCheck,
  doc,
  isoDate,
  LocalText,
  numberFrom,
  quoted,
  schemaRef,
  shown,
  slug,
  text,
  weekdays,
  yesNo,
} from './fields';
import { PHOTO_NAME } from './photos';

type Issue = v.BaseIssue<unknown>;

const listMsg = (what: string) => (i: Issue) =>
  `${what} must be a list in [ ] brackets — found ${shown(i.input)}`;

const fen = (what: string, max = 100_000) =>
  doc(numberFrom(0, max, 'fen'), `${what}, in fen (分): ¥15 is 1500`);

const unique = <T>(key: (x: T) => string, what: string) =>
  v.checkItems<T[], v.ErrorMessage<v.CheckItemsIssue<T[]>>>(
    (x, index, all) => all.findIndex((y) => key(y) === key(x)) === index,
    (i) => `${what} "${key(i.input as T)}" is listed twice — give each its own`,
  );

/** When booking and cancelling close: a wall-clock time on the meal's day (or days before). */
export const CutoffSchema = block(
  {
    dayOffset: doc(
      numberFrom(-7, 0, 'days'),
      'On which day the cut-off falls: 0 = the day of the meal, -1 = the day before',
    ),
    time: clockTime('The cut-off time'),
  },
  'a cut-off',
);

export const MEAL_FLAGS = ['soft', 'low-salt', 'low-sugar', 'vegetarian'] as const;
export const ALLERGENS = [
  'peanut',
  'tree-nut',
  'egg',
  'milk',
  'fish',
  'shellfish',
  'soy',
  'wheat',
  'sesame',
] as const;

/** One sitting: lunch or dinner, when it is served, its cut-off and seats. */
export const SittingSchema = v.pipe(
  block(
    {
      id: slug('sitting id', 2, 20),
      name: LocalText('the sitting name', 10),
      days: doc(weekdays, 'The weekdays the canteen serves this sitting'),
      serveFrom: clockTime('When serving starts'),
      serveUntil: clockTime('When serving ends'),
      cutoff: doc(
        CutoffSchema,
        'When booking and cancelling close, like { "dayOffset": 0, "time": "09:30" }',
      ),
      capacity: doc(numberFrom(1, 5000, 'seats'), 'Meals the kitchen can make for this sitting'),
    },
    'a sitting',
  ),
  v.forward(
    crossCheck(
      [['serveFrom'], ['serveUntil']],
      (s) => s.serveFrom < s.serveUntil,
      (i: Issue) => {
        const s = i.input as { serveFrom: string; serveUntil: string };
        return `serving ends at "${s.serveUntil}", not after it starts at "${s.serveFrom}" — times are 24-hour`;
      },
    ),
    ['serveUntil'],
  ),
  v.forward(
    crossCheck(
      [['cutoff', 'dayOffset'], ['cutoff', 'time'], ['serveFrom']],
      (s) => s.cutoff.dayOffset < 0 || s.cutoff.time <= s.serveFrom,
      'the cut-off is after serving starts — booking must close before the meal is served',
    ),
    ['cutoff', 'time'],
  ),
);

/** Who a rule line is for: all its fields must hold (subsidies.json uses the same blocks). */
export const TierConditionSchema = block(
  {
    minAge: v.optional(doc(numberFrom(0, 130, 'years'), 'Youngest age in this tier (inclusive)')),
    maxAge: v.optional(doc(numberFrom(0, 130, 'years'), 'Oldest age in this tier (inclusive)')),
    anyCategory: v.optional(
      doc(
        v.pipe(
          v.array(
            v.picklist(
              MEMBER_CATEGORIES,
              (i: Issue) =>
                `${shown(i.input)} is not a member category — use ${quoted(MEMBER_CATEGORIES)}`,
            ),
            listMsg('anyCategory'),
          ),
          v.nonEmpty('the list of categories is empty — name at least one'),
        ),
        'The member has at least one of these categories',
      ),
    ),
    minDisability: v.optional(
      doc(
        v.picklist(
          DISABILITY_GRADES,
          (i: Issue) =>
            `${shown(i.input)} is not a disability grade — use ${quoted(DISABILITY_GRADES)}`,
        ),
        'The member is assessed at least this disabled',
      ),
    ),
  },
  'a tier condition',
);

/** One subsidy tier; a member in several gets the one that covers most. */
export const TierSchema = block(
  {
    id: slug('tier id', 1, 20),
    label: LocalText('the tier name', 30),
    when: doc(
      v.pipe(
        v.array(TierConditionSchema, listMsg('when')),
        v.nonEmpty('"when" is empty — say who the tier is for, like [{ "minAge": 80 }]'),
      ),
      'Who is in the tier: any one of these conditions (inside one, all must hold)',
    ),
    governmentFen: fen('What the government pays per meal'),
    charityFen: fen('What charity pays per meal'),
  },
  'a subsidy tier',
);

export const PricingSchema = v.pipe(
  block(
    {
      basePriceFen: fen('The price of a set meal before any share'),
      operatorDiscount: v.optional(
        doc(
          block(
            {
              percent: v.optional(
                doc(numberFrom(0, 100, '%', true), 'A share of the base price, like 5 for 5 %'),
              ),
              fen: v.optional(fen('A fixed amount off')),
            },
            'the canteen discount',
          ),
          'What the canteen takes off for members: { "percent": 5 } or { "fen": 200 }',
        ),
      ),
      localHukouOnly: doc(yesNo(), 'Only members with local 户籍 get a subsidy'),
      ageCountsFrom: doc(
        v.picklist(
          ['birthday', 'birthday-month', 'month-after'],
          (i: Issue) =>
            `${shown(i.input)} is not a way to count age — use "birthday", "birthday-month" or "month-after"`,
        ),
        'When a member enters an age band: on the "birthday", from the 1st of the "birthday-month", or the "month-after"',
      ),
      caps: block(
        {
          perDay: v.optional(numberFrom(1, 10, 'meals')),
          perWeek: v.optional(numberFrom(1, 70, 'meals')),
          perMonth: v.optional(numberFrom(1, 300, 'meals')),
        },
        'the subsidy caps',
      ),
      companions: doc(yesNo(), 'A member may book a meal for a family member, at the full price'),
      tiers: v.pipe(
        v.array(TierSchema, listMsg('tiers')),
        unique((t) => t.id, 'the tier id'),
      ),
    },
    'the pricing',
  ),
  v.forward(
    crossCheck(
      [['operatorDiscount']],
      (p) =>
        !p.operatorDiscount ||
        (p.operatorDiscount.percent === undefined) !== (p.operatorDiscount.fen === undefined),
      'give the canteen discount as "percent" or as "fen", exactly one of them',
    ),
    ['operatorDiscount'],
  ),
);

/** One set meal the kitchen can cook. */
export const MealSchema = block(
  {
    id: slug('meal id', 2, 40),
    name: LocalText('the meal name', 30),
    description: LocalText('the meal description', 80),
    flags: doc(
      v.array(
        v.picklist(
          MEAL_FLAGS,
          (i: Issue) => `${shown(i.input)} is not a meal flag — use ${quoted(MEAL_FLAGS)}`,
        ),
        listMsg('flags'),
      ),
      `What suits whom: ${quoted(MEAL_FLAGS)}`,
    ),
    allergens: doc(
      v.array(
        v.picklist(
          ALLERGENS,
          (i: Issue) => `${shown(i.input)} is not an allergen — use ${quoted(ALLERGENS)}`,
        ),
        listMsg('allergens'),
      ),
      'What it contains that some people must not eat',
    ),
    capacity: v.optional(
      doc(numberFrom(1, 5000, 'meals'), 'At most this many of this meal per sitting'),
    ),
    photo: v.optional(
      doc(
        v.pipe(
          text(),
          v.regex(
            PHOTO_NAME,
            (i: Issue) =>
              `${shown(i.input)} is not a photo name — use lowercase letters, digits and dashes ending in .jpg, .png or .webp, like "braised-fish.jpg"`,
          ),
        ),
        'A photo of the meal: a file in the photos/ folder beside this file (or uploaded in the console), like "braised-fish.jpg"',
      ),
    ),
  },
  'a meal',
);

/** Days elders may book when meals.json names no horizon: a week, today included. */
export const DEFAULT_HORIZON_DAYS = 7;
/**
 * The longest horizon a canteen may set: two weeks, today included. The per-day price tiers
 * are kept for 14 days, so a day beyond them could not be priced.
 */
export const MAX_HORIZON_DAYS = 14;

/**
 * How far ahead elders may book and the dates the canteen is closed. The weekdays it does not
 * serve are the ones no sitting lists in its `days`; holidays are `closedDates`.
 */
export const BookingSchema = block(
  {
    horizonDays: doc(
      numberFrom(1, MAX_HORIZON_DAYS, 'days'),
      'How many days elders may book, counting today: 7 is today and the next six days (at most 14)',
    ),
    closedDates: doc(
      v.pipe(
        v.array(isoDate, listMsg('closedDates')),
        v.maxLength(100, 'at most 100 closed dates — remove the ones that have passed'),
        unique((d) => d, 'the closed date'),
      ),
      'Dates the canteen is closed (holidays), like ["2026-10-01", "2026-10-02"]; may be empty',
    ),
  },
  'booking',
);

/** Which meals are on for some weekdays at one sitting. */
export const MenuDaySchema = block(
  {
    days: weekdays,
    sitting: slug('sitting id', 2, 20),
    meals: doc(
      v.pipe(
        v.array(slug('meal id', 2, 40), listMsg('meals')),
        v.nonEmpty('no meals — list 1 to 4 meal ids'),
        v.maxLength(4, 'at most 4 meals per sitting, so each gets a big picture'),
      ),
      '1 to 4 meal ids',
    ),
  },
  'a menu entry',
);

/**
 * The absence alert (平安签到): members flagged 独居 who usually eat at the centre and have neither
 * booked nor come by `checkAt` are listed in the console for staff to phone or visit.
 */
export const AbsenceSchema = v.pipe(
  block(
    {
      checkAt: clockTime('When the list of absent members fills, on the centre’s clock'),
      sitting: doc(
        slug('sitting id', 2, 20),
        'The sitting they usually come to, like "lunch" (one of "sittings")',
      ),
      usualMeals: doc(
        numberFrom(1, 90, 'meals'),
        'How many meals of that sitting in the last "lookbackDays" days make a member a regular',
      ),
      lookbackDays: doc(
        numberFrom(1, 90, 'days'),
        'How many days before today to look back for their usual meals',
      ),
    },
    'the absence alert',
  ),
  v.forward(
    crossCheck(
      [['usualMeals'], ['lookbackDays']],
      (a) => a.usualMeals <= a.lookbackDays,
      (i: Issue) => {
        const a = i.input as { usualMeals: number; lookbackDays: number };
        return `nobody can eat ${a.usualMeals} meals of one sitting in ${a.lookbackDays} days — make "usualMeals" at most "lookbackDays"`;
      },
    ),
    ['usualMeals'],
  ),
);

export const MealsSchema = v.pipe(
  block(
    {
      $schema: schemaRef('meals'),
      sittings: v.pipe(
        v.array(SittingSchema, listMsg('sittings')),
        v.nonEmpty('no sittings — add lunch at least'),
        unique((s) => s.id, 'the sitting id'),
      ),
      delivery: block(
        {
          enabled: yesNo(),
          cutoff: CutoffSchema,
          feeFen: fen('What delivery adds to the elder’s share'),
        },
        'delivery',
      ),
      pricing: PricingSchema,
      meals: v.pipe(
        v.array(MealSchema, listMsg('meals')),
        unique((m) => m.id, 'the meal id'),
      ),
      menu: v.array(MenuDaySchema, listMsg('menu')),
      booking: v.optional(
        doc(
          BookingSchema,
          'How far ahead elders may book and the closed dates, like { "horizonDays": 7, "closedDates": ["2026-10-01"] }; leave it out for 7 days and no closed dates',
        ),
      ),
      paymentNote: v.optional(
        doc(
          LocalText('the payment note', 80),
          'How elders pay, shown when a meal is booked, like { "zh-Hans": "吃饭时在窗口扫码或付现金", … }',
        ),
      ),
      absence: v.optional(
        doc(
          AbsenceSchema,
          'The absence alert for members who live alone, like { "checkAt": "10:30", "sitting": "lunch", "usualMeals": 3, "lookbackDays": 14 }; leave it out to turn the alert off',
        ),
      ),
    },
    'meals.json',
  ),
  v.forward(
    crossCheck(
      [['absence', 'sitting'], ['sittings']],
      (m) => !m.absence || m.sittings.some((s) => s.id === m.absence?.sitting),
      (i: Issue) => {
        const m = i.input as { absence: { sitting: string } };
        return `the absence alert names the sitting "${m.absence.sitting}", which is not in "sittings"`;
      },
    ),
    ['absence', 'sitting'],
  ),
  v.forward(
    crossCheck(
      [['menu'], ['meals'], ['sittings']],
      (m) => m.menu.every((d) => m.sittings.some((s) => s.id === d.sitting)),
      (i: Issue) => {
        const m = i.input as { menu: { sitting: string }[]; sittings: { id: string }[] };
        const bad = m.menu.find((d) => !m.sittings.some((s) => s.id === d.sitting));
        return `the menu names the sitting "${bad?.sitting}", which is not in "sittings"`;
      },
    ),
    ['menu'],
  ),
  v.forward(
    crossCheck(
      [['menu'], ['meals']],
      (m) => m.menu.every((d) => d.meals.every((id) => m.meals.some((x) => x.id === id))),
      (i: Issue) => {
        const m = i.input as { menu: { meals: string[] }[]; meals: { id: string }[] };
        const ids = m.menu.flatMap((d) => d.meals);
        const bad = ids.find((id) => !m.meals.some((x) => x.id === id));
        return `the menu names the meal "${bad}", which is not in "meals"`;
      },
    ),
    ['menu'],
  ),
  v.forward(
    crossCheck(
      [['menu']],
      (m) => {
        const seen = new Set<string>();
        for (const d of m.menu)
          for (const day of d.days) {
            const key = `${day}/${d.sitting}`;
            if (seen.has(key)) return false;
            seen.add(key);
          }
        return true;
      },
      'a weekday has two menus for the same sitting — list each day once per sitting',
    ),
    ['menu'],
  ),
);
/** A valid meals.json. */
export type MealsConfig = v.InferOutput<typeof MealsSchema>;
