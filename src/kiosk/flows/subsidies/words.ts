/** The subsidy answer in the elder's words: amounts, when it starts or is paid, what to bring. */
import { localText, t } from '../../../i18n';
import type { SubsidiesConfig } from '../../../shared/config/subsidies';
import type { MemberCategory } from '../../../shared/members/categories';
import { yuanShort } from '../../../shared/money';
import type {
  AgeBand,
  MealSubsidyResult,
  ProgrammeResult,
  Reason,
} from '../../../shared/subsidies';

/** "未满 80 岁" / "80 到 84 岁" / "100 岁以上". */
export function bandWords(band: AgeBand): string {
  if (band.max === null) return t('subsidies.band.over', { min: band.min });
  if (band.min === 0) return t('subsidies.band.under', { next: band.max + 1 });
  return t('subsidies.band.between', { min: band.min, max: band.max });
}

const listed = (items: string[]) => items.join(t('subsidies.listJoin'));

export const categoriesWords = (categories: readonly MemberCategory[]) =>
  listed(categories.map((k) => t(`subsidies.category.${k}`)));

/** One programme's amount: "每月 50 元", "每月 50 到 600 元", "一次性，最多 10000 元". */
export function amountWords(r: Pick<ProgrammeResult, 'kind' | 'fen' | 'fenFrom'>): string {
  const range = r.fenFrom !== r.fen;
  if (r.kind === 'one-off')
    return range
      ? t('subsidies.answer.oneOffRange', { from: yuanShort(r.fenFrom), to: yuanShort(r.fen) })
      : t('subsidies.answer.oneOff', { amount: yuanShort(r.fen) });
  return range
    ? t('subsidies.answer.monthlyRange', { from: yuanShort(r.fenFrom), to: yuanShort(r.fen) })
    : t('subsidies.answer.monthly', { amount: yuanShort(r.fen) });
}

/** What an unknown answer leaves open, said once per fact. */
function maybeWords(reasons: readonly Reason[]): string {
  const out: string[] = [];
  for (const r of reasons) {
    if (r.code === 'local-unknown') out.push(t('subsidies.maybe.local'));
    if (r.code === 'category-unknown' && r.categories)
      out.push(t('subsidies.maybe.category', { categories: categoriesWords(r.categories) }));
    if (r.code === 'disability-unknown' && r.grade)
      out.push(t('subsidies.maybe.disability', { grade: t(`subsidies.grade.${r.grade}`) }));
    if (r.code === 'age-unknown') out.push(t('subsidies.maybe.age'));
  }
  return out.join(' ');
}

function notYetWords(reasons: readonly Reason[]): string {
  const r = reasons.find((x) => x.code === 'age-not-yet');
  if (!r || r.min === undefined) return '';
  return t(`subsidies.notYet.${r.start ?? 'month-after'}`, { min: r.min });
}

function payoutWords(config: SubsidiesConfig, id: string): string {
  const payout = config.programmes.find((p) => p.id === id)?.payout;
  if (!payout) return '';
  return payout.months.length === 12
    ? t('subsidies.answer.paidMonthly', { day: payout.day })
    : t('subsidies.answer.paid', { months: listed(payout.months.map(String)), day: payout.day });
}

/** One item of the answer, shown and said. */
export interface AnswerItem {
  id: string;
  name: string;
  amount: string;
  /** When it starts, what it depends on, and whether it needs applying. */
  when: string;
  bring: string;
  where: string;
}

function whenOf(
  verdict: 'yes' | 'maybe' | 'not-yet',
  reasons: readonly Reason[],
  automatic: boolean,
): string {
  const start =
    verdict === 'not-yet'
      ? notYetWords(reasons)
      : verdict === 'maybe'
        ? maybeWords(reasons)
        : t('subsidies.answer.now');
  return automatic ? `${start} ${t('subsidies.answer.automatic')}` : start;
}

export const bringOf = (documents: readonly Parameters<typeof localText>[0][]) =>
  documents.length > 0
    ? t('subsidies.answer.bring', { documents: listed(documents.map(localText)) })
    : '';

/** The items to show: the programmes this person could get, then the meal subsidy. */
export function answerItems(
  config: SubsidiesConfig,
  programmes: readonly ProgrammeResult[],
  meals: MealSubsidyResult | null,
): AnswerItem[] {
  const names = new Map(programmes.map((p) => [p.id, localText(p.name)]));
  const items: AnswerItem[] = [];
  for (const r of programmes) {
    if (r.verdict !== 'yes' && r.verdict !== 'maybe' && r.verdict !== 'not-yet') continue;
    const exclusive = r.reasons.find((x) => x.code === 'exclusive');
    const when = [
      whenOf(r.verdict, r.reasons, r.automatic),
      r.kind === 'monthly' ? payoutWords(config, r.id) : '',
      exclusive?.other
        ? t('subsidies.answer.exclusive', { other: names.get(exclusive.other) ?? '' })
        : '',
    ]
      .filter(Boolean)
      .join(' ');
    items.push({
      id: r.id,
      name: localText(r.name),
      amount: amountWords(r),
      when,
      bring: bringOf(r.documents),
      where: t('subsidies.answer.where', { place: localText(r.apply) }),
    });
  }
  if (meals && meals.verdict !== 'no') {
    const range = meals.perMealFenFrom !== meals.perMealFen;
    const cap = meals.perMonth;
    const values = {
      amount: yuanShort(meals.perMealFen),
      from: yuanShort(meals.perMealFenFrom),
      to: yuanShort(meals.perMealFen),
      meals: cap ?? 0,
    };
    const amount =
      cap === null
        ? t(range ? 'subsidies.answer.perMealRangeNoCap' : 'subsidies.answer.perMealNoCap', values)
        : t(range ? 'subsidies.answer.perMealRange' : 'subsidies.answer.perMeal', values);
    items.push({
      id: 'meals',
      name: localText(meals.name),
      amount,
      when: whenOf(meals.verdict, meals.reasons, meals.automatic),
      bring: bringOf(meals.documents),
      where: t('subsidies.answer.where', { place: localText(meals.apply) }),
    });
  }
  return items;
}

/** How many there are, or that there is none. */
export function answerHeadline(items: readonly AnswerItem[]): string {
  return items.length > 0
    ? t('subsidies.answer.count', { count: items.length })
    : t('subsidies.answer.none');
}

/** The whole answer as one spoken text: the count, then each item with all it says. */
export function spokenAnswer(items: readonly AnswerItem[]): string {
  if (items.length === 0) return t('subsidies.answer.none');
  return [
    answerHeadline(items),
    ...items.map((i) =>
      t('subsidies.answer.spokenItem', {
        name: i.name,
        amount: i.amount,
        when: i.when,
        more: [i.bring, i.where].filter(Boolean).join(' '),
      }),
    ),
  ].join(' ');
}
