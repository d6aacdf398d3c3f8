/**
 * An outreach line in the desk's words: the programme with its level, the amount and why the
 * rules pay it (the engine's reasons), in the console's language.
 */
import { localText, t } from '../../i18n';
import { amountWords, bringOf, categoriesWords } from '../../kiosk/flows/subsidies/words';
import type { SubsidiesConfig } from '../../shared/config/subsidies';
import type { Reason } from '../../shared/subsidies';

/** "2027-01" as numbers for the words. */
const monthParts = (month: string) => ({
  year: Number(month.slice(0, 4)),
  month: Number(month.slice(5, 7)),
});

export function startsFrom(month: string): string {
  return t('subsidyOutreach.outreach.startsFrom', monthParts(month));
}

/** Why the rules say yes: "本地户籍、85–89 岁一档、低保". */
export function reasonWords(reasons: readonly Reason[], names: ReadonlyMap<string, string>) {
  const out: string[] = [];
  for (const r of reasons) {
    if (r.code === 'local-met') out.push(t('subsidyOutreach.outreach.reason.local'));
    if (r.code === 'age-met' && r.min !== undefined)
      out.push(
        r.max !== undefined
          ? t('subsidyOutreach.outreach.reason.band', { min: r.min, max: r.max })
          : t('subsidyOutreach.outreach.reason.from', { min: r.min }),
      );
    if (r.code === 'age-not-yet' && r.min !== undefined)
      out.push(t('subsidyOutreach.outreach.reason.reached', { min: r.min }));
    if (r.code === 'category-met' && r.categories) out.push(categoriesWords(r.categories));
    if (r.code === 'disability-met' && r.grade) out.push(t(`subsidies.grade.${r.grade}`));
    if (r.code === 'exclusive' && r.other)
      out.push(t('subsidies.answer.exclusive', { other: names.get(r.other) ?? r.other }));
  }
  return out.join(t('subsidies.listJoin'));
}

/** Names, amounts and documents of the centre's programmes, by id. */
export function programmeWords(config: SubsidiesConfig) {
  const byId = new Map(config.programmes.map((p) => [p.id, p]));
  const names = new Map(config.programmes.map((p) => [p.id, localText(p.name)]));
  return {
    names,
    name(id: string) {
      const p = byId.get(id);
      if (!p) return id;
      return t('subsidyOutreach.outreach.programmeLevel', {
        name: localText(p.name),
        level: t(`subsidyOutreach.outreach.level.${p.level}`),
      });
    },
    amount(id: string, fen: number) {
      const p = byId.get(id);
      return p ? amountWords({ kind: p.kind, fen, fenFrom: fen }) : '';
    },
    bring(id: string) {
      const p = byId.get(id);
      return p ? bringOf(p.documents) : '';
    },
  };
}
