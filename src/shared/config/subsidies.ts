/**
 * subsidies.json: the money programmes an elder of this centre may be entitled to (高龄津贴,
 * 服务补贴, 失能护理补贴, 适老化 …), as the bureau's rules write them, so the kiosk can answer
 * "我能领什么？" offline and staff print the same answer. It holds rules only, never a person,
 * so it is served to kiosks with the other files. Money is in fen (分): ¥50 is written 5000.
 *
 * The meal subsidy is not repeated here: the optional `meals` block only words it, and its
 * amounts come from meals.json through the canteen's own price rule.
 */
import * as v from 'valibot';
import {
  block,
  crossCheck,
  doc,
  LocalText,
  numberFrom,
  quoted,
  schemaRef,
  shown,
  slug,
  yesNo,
} from './fields';
import { TierConditionSchema } from './meals';

type Issue = v.BaseIssue<unknown>;

const listMsg = (what: string) => (i: Issue) =>
  `${what} must be a list in [ ] brackets — found ${shown(i.input)}`;

const fen = (what: string) =>
  doc(numberFrom(0, 10_000_000, 'fen'), `${what}, in fen (分): ¥50 is 5000`);

/** Who set a rule. For one benefit, the most local level's rule is the one that applies. */
export const SUBSIDY_LEVELS = ['province', 'city', 'district'] as const;
export type SubsidyLevel = (typeof SUBSIDY_LEVELS)[number];

/** A monthly allowance, or a one-off grant whose amount is a cap on the actual cost. */
export const SUBSIDY_KINDS = ['monthly', 'one-off'] as const;
export type SubsidyKind = (typeof SUBSIDY_KINDS)[number];

/** When an elder enters an age band: from the 1st of the birthday month, or of the month after. */
export const SUBSIDY_AGE_STARTS = ['birthday-month', 'month-after'] as const;
export type SubsidyAgeStart = (typeof SUBSIDY_AGE_STARTS)[number];

/** A named amount the rules refer to, like the city's 低保 standard. */
export const ParameterSchema = block(
  {
    id: slug('parameter id', 2, 40),
    label: LocalText('the parameter name', 30),
    fen: fen('Its amount'),
  },
  'a parameter',
);

/** One line of a programme's amount table: who it is for and how much. */
export const AmountSchema = v.pipe(
  block(
    {
      when: doc(
        v.pipe(
          v.array(TierConditionSchema, listMsg('when')),
          v.nonEmpty('"when" is empty — say who the amount is for, like [{ "minAge": 80 }]'),
        ),
        'Who gets this amount: any one of these conditions (inside one, all must hold)',
      ),
      fen: v.optional(fen('The amount (a month, or the cap of a one-off grant)')),
      parameter: v.optional(
        doc(slug('parameter id', 2, 40), 'The amount is this parameter, like "dibao-standard"'),
      ),
    },
    'an amount',
  ),
  v.forward(
    crossCheck(
      [['fen'], ['parameter']],
      (a) => (a.fen === undefined) !== (a.parameter === undefined),
      'give the amount as "fen" or as "parameter", exactly one of them',
    ),
    ['fen'],
  ),
);

/** When a monthly programme pays: the months of the year and the day. */
export const PayoutSchema = block(
  {
    months: doc(
      v.pipe(
        v.array(numberFrom(1, 12, 'month'), listMsg('months')),
        v.nonEmpty('no payout months — list them, like [1, 4, 7, 10] for quarterly'),
        v.checkItems(
          (m, i, all) => all.indexOf(m) === i,
          (i: Issue) => `month ${shown(i.input)} is listed twice — list each month once`,
        ),
      ),
      'The months it is paid in, 1–12: every month, or [1, 4, 7, 10] for quarterly; each payment covers the months before it',
    ),
    day: doc(numberFrom(1, 28, 'day of the month'), 'The day of those months it is paid'),
  },
  'the payout',
);

/** One programme as one level of government set it. */
export const ProgrammeSchema = v.pipe(
  block(
    {
      id: slug('programme id', 2, 40),
      benefit: doc(
        slug('benefit id', 2, 40),
        'Which benefit this rule sets, like "old-age-allowance"; rules of several levels for the same benefit: the most local applies',
      ),
      level: doc(
        v.picklist(
          SUBSIDY_LEVELS,
          (i: Issue) => `${shown(i.input)} is not a level — use ${quoted(SUBSIDY_LEVELS)}`,
        ),
        `Who set the rule: ${quoted(SUBSIDY_LEVELS)}`,
      ),
      name: LocalText('the programme name', 30),
      kind: doc(
        v.picklist(
          SUBSIDY_KINDS,
          (i: Issue) => `${shown(i.input)} is not a kind — use ${quoted(SUBSIDY_KINDS)}`,
        ),
        '"monthly" (an allowance) or "one-off" (a grant up to a cap)',
      ),
      localHukouOnly: doc(yesNo(), 'Only elders with local 户籍 get it'),
      ageStart: doc(
        v.picklist(
          SUBSIDY_AGE_STARTS,
          (i: Issue) => `${shown(i.input)} is not a start — use ${quoted(SUBSIDY_AGE_STARTS)}`,
        ),
        'When a new age band starts: from the "birthday-month" or the "month-after" it',
      ),
      amounts: doc(
        v.pipe(
          v.array(AmountSchema, listMsg('amounts')),
          v.nonEmpty('no amounts — add who gets how much, like { "when": [{ "minAge": 80 }] }'),
          v.maxLength(10, 'at most 10 amount lines'),
        ),
        'Who gets how much; when several lines fit, the highest is paid',
      ),
      exclusiveGroup: v.optional(
        doc(
          slug('group id', 2, 40),
          'Programmes with the same group are not paid together: only the higher is paid',
        ),
      ),
      payout: v.optional(doc(PayoutSchema, 'When a monthly programme is paid')),
      automatic: doc(yesNo(), 'Paid without applying (true), or the elder must apply (false)'),
      documents: doc(
        v.pipe(
          v.array(LocalText('a document', 30), listMsg('documents')),
          v.maxLength(8, 'at most 8 documents'),
        ),
        'What to bring when applying',
      ),
      apply: LocalText('where and when to apply', 80),
    },
    'a programme',
  ),
  v.forward(
    crossCheck(
      [['kind'], ['payout']],
      (p) => (p.kind === 'monthly') === (p.payout !== undefined),
      'a monthly programme needs "payout" (when it is paid), and a one-off grant has none',
    ),
    ['payout'],
  ),
);
export type SubsidyProgramme = v.InferOutput<typeof ProgrammeSchema>;

/** How the meal subsidy (priced from meals.json) is described to elders. */
export const MealsWordsSchema = block(
  {
    name: LocalText('the meal subsidy name', 30),
    automatic: doc(yesNo(), 'Taken off at the till without applying (true)'),
    documents: v.pipe(
      v.array(LocalText('a document', 30), listMsg('documents')),
      v.maxLength(8, 'at most 8 documents'),
    ),
    apply: LocalText('where and when to apply', 80),
  },
  'the meal subsidy',
);

const LEVEL_RANK: Record<SubsidyLevel, number> = { province: 0, city: 1, district: 2 };

/** subsidies.json. */
export const SubsidiesSchema = v.pipe(
  block(
    {
      $schema: schemaRef('subsidies'),
      parameters: doc(
        v.pipe(
          v.array(ParameterSchema, listMsg('parameters')),
          v.checkItems(
            (p, i, all) => all.findIndex((q) => q.id === p.id) === i,
            (i: Issue) =>
              `the parameter id "${(i.input as { id: string }).id}" is listed twice — give each its own`,
          ),
        ),
        'Named amounts the programmes refer to, like the 低保 standard',
      ),
      programmes: doc(
        v.pipe(
          v.array(ProgrammeSchema, listMsg('programmes')),
          v.maxLength(20, 'at most 20 programmes'),
          v.checkItems(
            (p, i, all) => all.findIndex((q) => q.id === p.id) === i,
            (i: Issue) =>
              `the programme id "${(i.input as { id: string }).id}" is listed twice — give each its own`,
          ),
          v.checkItems(
            (p, i, all) =>
              all.findIndex((q) => q.benefit === p.benefit && q.level === p.level) === i,
            (i: Issue) => {
              const p = i.input as { benefit: string; level: string };
              return `"${p.benefit}" has two ${p.level} rules — one level sets a benefit once`;
            },
          ),
        ),
        'The programmes, in the order the kiosk lists them',
      ),
      meals: v.optional(
        doc(MealsWordsSchema, 'The meal subsidy, with its amounts from meals.json'),
      ),
    },
    'subsidies.json',
  ),
  v.forward(
    crossCheck(
      [['parameters'], ['programmes']],
      (s) =>
        s.programmes.every((p) =>
          p.amounts.every(
            (a) => a.parameter === undefined || s.parameters.some((q) => q.id === a.parameter),
          ),
        ),
      'an amount names a parameter that is not in "parameters" — add it there or fix the name',
    ),
    ['programmes'],
  ),
);
/** A valid subsidies.json. */
export type SubsidiesConfig = v.InferOutput<typeof SubsidiesSchema>;

/** For one benefit, the most local rule: does `level` beat `other`? */
export function moreLocal(level: SubsidyLevel, other: SubsidyLevel): boolean {
  return LEVEL_RANK[level] > LEVEL_RANK[other];
}
