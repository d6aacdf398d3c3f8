/** "我的补贴" in the elder's words: each programme's status, amount, dates and why not. */
import { localText, t } from '../../../i18n';
import type { SubsidiesConfig } from '../../../shared/config/subsidies';
import { yuanShort } from '../../../shared/money';
import type { MealSubsidyUse } from '../../../shared/subsidies';
import type { MySubsidyItem } from '../../../shared/subsidies/api';
import { amountWords, bringOf, categoriesWords } from './words';

/** "2026-12" or "2027-01-15" as numbers for the words. */
const parts = (date: string) => {
  const [year, month, day] = date.split('-').map(Number);
  return { year, month, ...(day === undefined ? {} : { day }) };
};

/** One programme of the member, shown and said. */
export interface MineLine {
  id: string;
  name: string;
  status: MySubsidyItem['status'];
  /** The status in words ("正在领。"). */
  state: string;
  /** The monthly amount (or the grant's cap); empty when there is none to say. */
  amount: string;
  /** The amount in fen, and whether it is paid monthly (the headline adds those up). */
  fen: number;
  monthly: boolean;
  /** Dates, why not, what to bring and where: each a sentence. */
  details: string[];
  /** not-applied: the day an earlier 帮我申请 for it was made, still open with the staff. */
  askedOn?: string;
}

function whyNot(item: MySubsidyItem, names: Map<string, string>): string[] {
  const out: string[] = [];
  for (const r of item.reasons) {
    if (r.code === 'local-needed') out.push(t('subsidies.mine.why.local'));
    if (r.code === 'category-needed' && r.categories)
      out.push(t('subsidies.mine.why.category', { categories: categoriesWords(r.categories) }));
    if (r.code === 'disability-needed' && r.grade)
      out.push(t('subsidies.mine.why.disability', { grade: t(`subsidies.grade.${r.grade}`) }));
    if (r.code === 'age-over' && r.max !== undefined)
      out.push(t('subsidies.mine.why.ageOver', { max: r.max }));
    if (r.code === 'exclusive' && r.other)
      out.push(t('subsidies.answer.exclusive', { other: names.get(r.other) ?? '' }));
  }
  return out;
}

/** The member's programmes, in the config's order: what they get first, then what they could. */
export function mineLines(config: SubsidiesConfig, items: readonly MySubsidyItem[]): MineLine[] {
  const programmes = new Map(config.programmes.map((p) => [p.id, p]));
  const names = new Map(config.programmes.map((p) => [p.id, localText(p.name)]));
  const rank: Record<MySubsidyItem['status'], number> = {
    receiving: 0,
    suspended: 1,
    'not-applied': 2,
    'not-yet': 3,
    'not-eligible': 4,
  };
  const lines: MineLine[] = [];
  for (const item of [...items].sort((a, b) => rank[a.status] - rank[b.status])) {
    const programme = programmes.get(item.programmeId);
    if (!programme) continue;
    const details: string[] = [];
    if (item.since && item.status === 'receiving')
      details.push(t('subsidies.mine.since', parts(item.since)));
    if (item.nextPayout) details.push(t('subsidies.mine.nextPayout', parts(item.nextPayout)));
    if (item.lastPayment) {
      const asOf = parts(item.lastPayment.asOf);
      details.push(
        t('subsidies.mine.lastPayment', {
          ...parts(item.lastPayment.month),
          asOfYear: asOf.year,
          asOfMonth: asOf.month,
          yuan: yuanShort(item.lastPayment.fen),
        }),
      );
    }
    if (item.vouchers) {
      const asOf = parts(item.vouchers.asOf);
      details.push(
        t('subsidies.mine.vouchers', {
          asOfYear: asOf.year,
          asOfMonth: asOf.month,
          yuan: yuanShort(item.vouchers.fen),
        }),
      );
    }
    if (item.suspendedFrom)
      details.push(t('subsidies.mine.suspendedFrom', parts(item.suspendedFrom)));
    if (item.startMonth) details.push(t('subsidies.mine.startMonth', parts(item.startMonth)));
    if (item.status === 'not-eligible') details.push(...whyNot(item, names));
    if (item.askedOn) details.push(t('subsidies.mine.askedOn', parts(item.askedOn)));
    if (item.status === 'not-applied' || item.status === 'not-yet') {
      const bring = bringOf(programme.documents);
      if (bring) details.push(bring);
      details.push(t('subsidies.answer.where', { place: localText(programme.apply) }));
    }
    lines.push({
      id: item.programmeId,
      name: names.get(item.programmeId) ?? item.programmeId,
      status: item.status,
      state: t(`subsidies.mine.status.${item.status}`),
      amount:
        item.fen > 0 ? amountWords({ kind: programme.kind, fen: item.fen, fenFrom: item.fen }) : '',
      fen: item.fen,
      monthly: programme.kind === 'monthly',
      details,
      ...(item.askedOn ? { askedOn: item.askedOn } : {}),
    });
  }
  return lines;
}

/** "您正在领 2 项补贴，每月一共 150 元。还有 1 项您可以申请。" */
export function mineHeadline(lines: readonly MineLine[]): string {
  const receiving = lines.filter((l) => l.status === 'receiving');
  const total = receiving.filter((l) => l.monthly).reduce((sum, l) => sum + l.fen, 0);
  const applyFor = lines.filter((l) => l.status === 'not-applied').length;
  return [
    receiving.length > 0
      ? t('subsidies.mine.receivingCount', { count: receiving.length, total: yuanShort(total) })
      : t('subsidies.mine.receivingNone'),
    applyFor > 0 ? t('subsidies.mine.canApply', { count: applyFor }) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The whole screen as one spoken text: the greeting, the headline, then each programme. */
export function mineSpoken(greeting: string, lines: readonly MineLine[]): string {
  return [
    greeting,
    mineHeadline(lines),
    ...lines.map((l) => {
      const values = { name: l.name, status: l.state, more: l.details.join(' ') };
      return l.amount
        ? t('subsidies.mine.spokenItem', { ...values, amount: l.amount })
        : t('subsidies.mine.spokenItemPlain', values);
    }),
  ].join(' ');
}

/** The meal subsidy on 我的补贴: its name and each sentence (per meal, used and left). */
export interface MealLine {
  name: string;
  details: string[];
}

/**
 * The meal subsidy in words, or null when there is nothing to say: the centre has no canteen, or
 * the member has no subsidy and has used none this year.
 */
export function mealLine(
  config: SubsidiesConfig,
  meals: MealSubsidyUse | null | undefined,
): MealLine | null {
  if (!meals || (meals.perMealFen === 0 && meals.year.used.meals === 0)) return null;
  // Used and left in one sentence each for the month and the year: three lines, not five, of
  // numbers for an elder to read (what is left in yuan follows from the meals and is not said).
  const words = (
    period: 'month' | 'year',
    { used, left }: { used: { meals: number; fen: number }; left: { meals: number } | null },
  ) =>
    left
      ? t(`subsidies.mine.meals.${period}UsedLeft`, {
          count: used.meals,
          amount: yuanShort(used.fen),
          left: left.meals,
        })
      : t(`subsidies.mine.meals.${period}Used`, {
          count: used.meals,
          amount: yuanShort(used.fen),
        });
  const details = [
    meals.perMealFen > 0
      ? t('subsidies.mine.meals.perMeal', { amount: yuanShort(meals.perMealFen) })
      : t('subsidies.mine.meals.perMealNone'),
    words('month', meals.month),
    words('year', meals.year),
  ];
  return {
    name: config.meals ? localText(config.meals.name) : t('subsidies.mine.meals.name'),
    details,
  };
}

/** The meal subsidy as it is said after the programmes. */
export const mealSpoken = (line: MealLine) =>
  t('subsidies.mine.meals.spoken', { name: line.name, details: line.details.join(' ') });
