/**
 * The subsidy routes' contracts (issue #13 item 3):
 * - /api/subsidies/members/:id — what a member currently receives per programme (the desk's
 *   register: subsidies.register.read to open, subsidies.register.write to change);
 * - POST /api/kiosk/my-subsidies — "我的补贴" for the member identified at a kiosk, with the proof
 *   of identification sealed then (card + PIN, opened and checked by the server only).
 */
import * as v from 'valibot';
import { route } from '../api/contract';
import { IdParam } from '../api/fields';
import { DISABILITY_GRADES, MEMBER_CATEGORIES } from '../members/categories';
import { EntryProofSchema } from '../sync/proof';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/** The earliest month a payment may be recorded from: anything before is a typing mistake. */
export const EARLIEST_MONTH = '1990-01';
/** The most a programme pays a month: ¥100,000 (a larger figure is a typing mistake). */
export const MAX_MONTHLY_FEN = 10_000_000;
/** At most this many programmes per member (a config has far fewer). */
export const MAX_RECEIPTS = 40;

/** What one member receives from one programme, as the desk records it. */
export interface Receipt {
  programmeId: string;
  /** A month's amount in fen. */
  fen: number;
  /** The first month paid, "YYYY-MM". */
  since: string;
  /** Payment held from this month (a missed check), or null. */
  suspendedFrom: string | null;
  /** The last month held, or null while still held. */
  suspendedTo: string | null;
}

/** Why a receipt cannot be saved; the console words each code in three languages. */
export type ReceiptProblem =
  | 'amount'
  | 'amount-too-high'
  | 'since'
  | 'suspended-from'
  | 'suspended-to'
  | 'suspended-to-alone'
  | 'suspended-order'
  | 'suspended-before-since';

const isMonth = (m: string) => MONTH.test(m) && m >= EARLIEST_MONTH;

/** Every problem of `r` (empty: it can be saved). The schema below checks the same rules. */
export function receiptProblems(r: Receipt): ReceiptProblem[] {
  const out: ReceiptProblem[] = [];
  if (!Number.isInteger(r.fen) || r.fen < 1) out.push('amount');
  else if (r.fen > MAX_MONTHLY_FEN) out.push('amount-too-high');
  if (!isMonth(r.since)) out.push('since');
  if (r.suspendedFrom !== null && !isMonth(r.suspendedFrom)) out.push('suspended-from');
  if (r.suspendedTo !== null && !isMonth(r.suspendedTo)) out.push('suspended-to');
  if (r.suspendedTo !== null && r.suspendedFrom === null) out.push('suspended-to-alone');
  if (r.suspendedFrom !== null && r.suspendedTo !== null && r.suspendedTo < r.suspendedFrom)
    out.push('suspended-order');
  if (r.suspendedFrom !== null && isMonth(r.since) && r.suspendedFrom < r.since)
    out.push('suspended-before-since');
  return out;
}

/** The English words of each problem (the API's answer; the console has its own three languages). */
const PROBLEM_WORDS: Record<ReceiptProblem, string> = {
  amount: 'The monthly amount must be more than 0, in whole fen.',
  'amount-too-high': 'The monthly amount can be at most ¥100,000.',
  since: 'The first month paid must be a month like 2026-01, from 1990 on.',
  'suspended-from': 'The month payment was held from must be a month like 2026-05.',
  'suspended-to': 'The last month held must be a month like 2026-07.',
  'suspended-to-alone': 'Give the month payment was held from before the last month held.',
  'suspended-order': 'The last month held cannot be before the month it was held from.',
  'suspended-before-since': 'Payment cannot be held before the first month it was paid.',
};

const monthText = v.nullable(v.pipe(v.string('A month must be text like 2026-01.'), v.trim()));

export const ReceiptSchema = v.pipe(
  v.strictObject({
    programmeId: v.pipe(
      v.string('Choose a programme.'),
      v.regex(/^[a-z0-9-]{2,40}$/, 'Choose a programme of the centre’s subsidies.'),
    ),
    fen: v.number('The monthly amount must be a number.'),
    since: v.pipe(v.string('Give the first month paid, like 2026-01.'), v.trim()),
    suspendedFrom: monthText,
    suspendedTo: monthText,
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    for (const problem of receiptProblems(dataset.value))
      addIssue({ message: PROBLEM_WORDS[problem] });
  }),
);

export const ReceiptsBody = v.pipe(
  v.strictObject({
    receipts: v.pipe(
      v.array(ReceiptSchema, 'receipts must be a list.'),
      v.maxLength(MAX_RECEIPTS, `At most ${MAX_RECEIPTS} programmes.`),
    ),
  }),
  v.check(
    ({ receipts }) => new Set(receipts.map((r) => r.programmeId)).size === receipts.length,
    'Each programme can be listed once.',
  ),
);

const ReceiptsAnswer = v.object({
  receipts: v.array(
    v.object({
      programmeId: v.string(),
      fen: v.number(),
      since: v.string(),
      suspendedFrom: v.nullable(v.string()),
      suspendedTo: v.nullable(v.string()),
    }),
  ),
});

export const SubsidyRegisterApi = {
  get: route({
    method: 'GET',
    path: '/api/subsidies/members/:id',
    params: IdParam,
    response: ReceiptsAnswer,
  }),
  /** Replaces the member's whole list (the console edits it as one form). */
  put: route({
    method: 'PUT',
    path: '/api/subsidies/members/:id',
    params: IdParam,
    body: ReceiptsBody,
    response: ReceiptsAnswer,
  }),
};

/** One reason of the engine, as data (the console and kiosk word it). */
export const ReasonSchema = v.object({
  code: v.picklist([
    'age-met',
    'age-not-yet',
    'age-over',
    'age-unknown',
    'local-met',
    'local-needed',
    'local-unknown',
    'category-met',
    'category-needed',
    'category-unknown',
    'disability-met',
    'disability-needed',
    'disability-unknown',
    'exclusive',
    'overridden',
  ]),
  age: v.optional(v.number()),
  band: v.optional(v.object({ min: v.number(), max: v.nullable(v.number()) })),
  min: v.optional(v.number()),
  max: v.optional(v.number()),
  start: v.optional(v.picklist(['birthday', 'birthday-month', 'month-after'])),
  month: v.optional(v.string()),
  categories: v.optional(v.pipe(v.array(v.picklist(MEMBER_CATEGORIES)), v.readonly())),
  grade: v.optional(v.picklist(DISABILITY_GRADES)),
  other: v.optional(v.string()),
});

/**
 * One programme for this member: receiving (the register says so), suspended (held: a missed
 * check), not-applied (the rules say yes, the register has nothing), not-yet (with age, from
 * `startMonth`), or not-eligible (the reasons say why). Names, documents and where to apply come
 * from the kiosk's own config, by `programmeId`.
 */
export const MySubsidyItemSchema = v.object({
  programmeId: v.string(),
  status: v.picklist(['receiving', 'suspended', 'not-applied', 'not-yet', 'not-eligible']),
  /** receiving / suspended: the recorded monthly amount; not-applied / not-yet: the rules'. */
  fen: v.number(),
  /** receiving / suspended: the first month paid. */
  since: v.nullable(v.string()),
  /** suspended: held from this month. */
  suspendedFrom: v.nullable(v.string()),
  /** not-yet: the first month it can be paid. */
  startMonth: v.nullable(v.string()),
  /** receiving: the next payout day of a monthly programme, "YYYY-MM-DD". */
  nextPayout: v.nullable(v.string()),
  reasons: v.array(ReasonSchema),
  /**
   * From the bureau's payment lists, when they have any for this programme: the latest month paid
   * and its amount, and the month those lists are as of (a late list never reads as "not paid").
   */
  lastPayment: v.optional(v.object({ month: v.string(), fen: v.number(), asOf: v.string() })),
  /** Care vouchers left (issued − used), and the month the voucher lists are as of. */
  vouchers: v.optional(v.object({ fen: v.number(), asOf: v.string() })),
  /**
   * not-applied: the centre's day ("YYYY-MM-DD") the member asked for help to apply (帮我申请),
   * while staff have not finished with that request — so a later visit says it was asked rather
   * than offering the button again.
   */
  askedOn: v.optional(v.string()),
});
export type MySubsidyItem = v.InferOutput<typeof MySubsidyItemSchema>;

const MealCountSchema = v.object({ meals: v.number(), fen: v.number() });

/**
 * The meal subsidy the member has used and has left, this month and this year (see
 * src/shared/subsidies/meal-use.ts); `left` is null when the canteen has no monthly cap.
 */
export const MealUseSchema = v.object({
  perMealFen: v.number(),
  perMonth: v.nullable(v.number()),
  month: v.object({ used: MealCountSchema, left: v.nullable(MealCountSchema) }),
  year: v.object({ used: MealCountSchema, left: v.nullable(MealCountSchema) }),
});

/**
 * `figures` for the member on `day` (the centre's date), or `no-pin`: money figures need a PIN,
 * which this member does not have yet (staff set one at the desk). `meals` is there when the
 * centre has a canteen (absent from a server before it).
 */
export const MySubsidiesAnswer = v.variant('result', [
  v.object({ result: v.literal('no-pin') }),
  v.object({
    result: v.literal('figures'),
    day: v.string(),
    items: v.array(MySubsidyItemSchema),
    meals: v.optional(v.nullable(MealUseSchema)),
  }),
]);
export type MySubsidiesResult = v.InferOutput<typeof MySubsidiesAnswer>;

export const MySubsidiesBody = v.strictObject({
  memberId: v.pipe(v.string('memberId must be text'), v.minLength(1), v.maxLength(64)),
  /** Sealed at identification; its session must be the one sealed inside it. */
  proof: EntryProofSchema,
});

export const KioskSubsidiesApi = {
  mine: route({
    method: 'POST',
    path: '/api/kiosk/my-subsidies',
    body: MySubsidiesBody,
    response: MySubsidiesAnswer,
  }),
};
