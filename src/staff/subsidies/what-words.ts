/** What a record of the bureau's lists says, in the console's words: "发放 ¥80.00", "停止领取（死亡）". */
import { runtimeKey, t } from '../../i18n';
import { yuanDigits } from '../../shared/money';

export function whatWords(row: { kind: string; fen: number; reason: string | null }): string {
  const kind = t(runtimeKey(`subsidyRegister.kinds.${row.kind}`));
  if (row.kind === 'stop')
    return row.reason
      ? t('subsidyRegister.queue.whatStop', {
          kind,
          reason: t(runtimeKey(`subsidyRegister.reasons.${row.reason}`)),
        })
      : kind;
  return t('subsidyRegister.queue.whatAmount', { kind, yuan: yuanDigits(row.fen) });
}
