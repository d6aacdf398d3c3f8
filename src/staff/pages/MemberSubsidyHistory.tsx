/**
 * On a member's page: their subsidy history as the bureau's lists give it — starts and stops with
 * the reason, payments, vouchers — newest first, each saying which month's list it came from, and
 * the voucher balance; the desk adds what came another way (subsidies.register.write). Only for
 * the desk's roles (subsidies.register.read).
 */
import { useEffect, useState } from 'preact/hooks';
import type { InferOutput } from 'valibot';
import { t } from '../../i18n';
import type { SubsidyProgramme } from '../../shared/config/subsidies';
import { yuanDigits } from '../../shared/money';
import { type HistoryAnswer, SubsidyHistoryApi } from '../../shared/subsidies/history-api';
import { call } from '../api/client';
import { allowed } from '../app/access';
import { readCentreConfig } from '../app/centre-config';
import { AddRecordForm } from '../subsidies/AddRecordForm';
import { programmeName } from '../subsidies/programme-words';
import { whatWords } from '../subsidies/what-words';
import { ErrorNote } from '../ui/Notice';

export function MemberSubsidyHistory({ memberId }: { memberId: string }) {
  const [history, setHistory] = useState<InferOutput<typeof HistoryAnswer> | null>(null);
  const [programmes, setProgrammes] = useState<SubsidyProgramme[]>([]);
  const [error, setError] = useState<unknown>(null);
  const may = allowed('subsidies.register.read');
  const mayWrite = allowed('subsidies.register.write');

  useEffect(() => {
    if (!may) return;
    readCentreConfig().then((c) => setProgrammes(c.subsidies?.programmes ?? []), setError);
    call(SubsidyHistoryApi.get, { params: { id: memberId } }).then(setHistory, setError);
  }, [memberId, may]);

  if (!may) return null;
  const name = (id: string) => programmeName(programmes, id);
  return (
    <section aria-labelledby="member-subsidy-history-title">
      <h2 id="member-subsidy-history-title">{t('subsidyRegister.history.title')}</h2>
      <ErrorNote error={error} />
      {history && history.records.length === 0 && <p>{t('subsidyRegister.history.none')}</p>}
      {history?.vouchers.map((v) => (
        <p key={v.programmeId}>
          {t('subsidyRegister.history.vouchers', {
            programme: name(v.programmeId),
            yuan: yuanDigits(v.balanceFen),
          })}
        </p>
      ))}
      {history && history.records.length > 0 && (
        <div class="table-wrap">
          <table class="table" data-table="subsidy-history">
            <thead>
              <tr>
                <th scope="col">{t('subsidyRegister.history.month')}</th>
                <th scope="col">{t('subsidyRegister.history.programme')}</th>
                <th scope="col">{t('subsidyRegister.history.what')}</th>
              </tr>
            </thead>
            <tbody>
              {history.records.map((r, i) => (
                <tr key={`${r.month}-${r.programmeId}-${r.kind}-${i}`}>
                  <td>
                    {r.month}
                    <br />
                    {r.asOf
                      ? t('subsidyRegister.history.asOf', { month: r.asOf })
                      : t('subsidyRegister.history.entered')}
                  </td>
                  <td>{name(r.programmeId)}</td>
                  <td>{whatWords(r)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {mayWrite && history && (
        <AddRecordForm memberId={memberId} programmes={programmes} onSaved={setHistory} />
      )}
    </section>
  );
}
