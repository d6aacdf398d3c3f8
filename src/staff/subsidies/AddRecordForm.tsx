/**
 * The desk adds one record to a member's subsidy history (a start, a stop with its reason, a
 * payment or a voucher issued or used) when it did not come on a bureau list. Amounts in yuan,
 * read into fen without floats; the server checks again and answers the history with it.
 */
import { useState } from 'preact/hooks';
import type { InferOutput } from 'valibot';
import { runtimeKey, t } from '../../i18n';
import type { SubsidyProgramme } from '../../shared/config/subsidies';
import {
  RECORD_KINDS,
  type RecordKind,
  STOP_REASONS,
  type StopReason,
} from '../../shared/subsidies/bureau-lists';
import { type HistoryAnswer, SubsidyHistoryApi } from '../../shared/subsidies/history-api';
import { call } from '../api/client';
import { parseYuan } from '../canteen/yuan';
import { SelectField, TextField } from '../ui/Field';
import { ErrorNote, SuccessNote } from '../ui/Notice';
import { programmeOptions } from './programme-words';

export function AddRecordForm({
  memberId,
  programmes,
  onSaved,
}: {
  memberId: string;
  programmes: readonly SubsidyProgramme[];
  onSaved: (history: InferOutput<typeof HistoryAnswer>) => void;
}) {
  const [kind, setKind] = useState<RecordKind>('payment');
  const [programmeId, setProgrammeId] = useState('');
  const [month, setMonth] = useState('');
  const [yuan, setYuan] = useState('');
  const [reason, setReason] = useState<StopReason | ''>('');
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [working, setWorking] = useState(false);

  async function save(event: Event) {
    event.preventDefault();
    setSaved(false);
    setError(null);
    setWorking(true);
    try {
      const stop = kind === 'stop';
      onSaved(
        await call(SubsidyHistoryApi.add, {
          params: { id: memberId },
          body: {
            kind,
            programmeId,
            month: month.trim(),
            fen: stop ? 0 : (parseYuan(yuan) ?? -1),
            reason: stop && reason !== '' ? reason : null,
          },
        }),
      );
      setSaved(true);
      setYuan('');
    } catch (e) {
      setError(e);
    } finally {
      setWorking(false);
    }
  }

  return (
    <form class="form" noValidate onSubmit={(e) => void save(e)}>
      <h3>{t('subsidyRegister.history.add')}</h3>
      <SelectField
        label={t('subsidyRegister.history.kind')}
        value={kind}
        onChange={(value) => setKind(value as RecordKind)}
        options={RECORD_KINDS.map((k) => ({
          value: k,
          label: t(runtimeKey(`subsidyRegister.kinds.${k}`)),
        }))}
      />
      <SelectField
        label={t('subsidyRegister.history.programme')}
        value={programmeId}
        onChange={setProgrammeId}
        options={programmeOptions(programmes)}
      />
      <TextField
        label={t('subsidyRegister.history.month')}
        hint={t('subsidyRegister.report.monthHint')}
        value={month}
        onInput={setMonth}
      />
      {kind === 'stop' ? (
        <SelectField
          label={t('subsidyRegister.history.reason')}
          value={reason}
          onChange={(value) => setReason(value as StopReason | '')}
          options={[
            { value: '', label: t('subsidyRegister.history.choose') },
            ...STOP_REASONS.map((r) => ({
              value: r,
              label: t(runtimeKey(`subsidyRegister.reasons.${r}`)),
            })),
          ]}
        />
      ) : (
        <TextField
          label={t('subsidyRegister.history.amountYuan')}
          hint={t('subsidyRegister.history.amountHint')}
          value={yuan}
          onInput={setYuan}
        />
      )}
      <ErrorNote error={error} />
      {saved && <SuccessNote>{t('subsidyRegister.history.saved')}</SuccessNote>}
      <div class="actions">
        <button type="submit" class="button button--primary" disabled={working}>
          {working ? t('console.common.saving') : t('subsidyRegister.history.save')}
        </button>
      </div>
    </form>
  );
}
