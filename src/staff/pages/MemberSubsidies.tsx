/**
 * On a member's page: what they receive per subsidy programme (the register the kiosk's 我的补贴
 * reads): the programme, the amount a month in yuan, the first month paid and a suspension.
 * Checked here with the same rules as the server (receiptProblems), each problem said in the
 * console's language beside its row; the server checks again. Only for the desk's roles
 * (subsidies.register.read / .write): the page leaves it out for anyone else.
 */
import { useEffect, useState } from 'preact/hooks';
import { localText, runtimeKey, t } from '../../i18n';
import type { SubsidyProgramme } from '../../shared/config/subsidies';
import { yuanShort } from '../../shared/money';
import {
  type Receipt,
  type ReceiptProblem,
  receiptProblems,
  SubsidyRegisterApi,
} from '../../shared/subsidies/api';
import { call } from '../api/client';
import { allowed } from '../app/access';
import { readCentreConfig } from '../app/centre-config';
import { parseYuan } from '../canteen/yuan';
import { SelectField, TextField } from '../ui/Field';
import { ErrorNote, SuccessNote } from '../ui/Notice';

interface Row {
  programmeId: string;
  yuan: string;
  since: string;
  suspendedFrom: string;
  suspendedTo: string;
}

const toRow = (r: Receipt): Row => ({
  programmeId: r.programmeId,
  yuan: yuanShort(r.fen),
  since: r.since,
  suspendedFrom: r.suspendedFrom ?? '',
  suspendedTo: r.suspendedTo ?? '',
});

/** The row as the API takes it; an amount that is not yuan reads as 0 (the "amount" problem). */
const toReceipt = (row: Row): Receipt => ({
  programmeId: row.programmeId,
  fen: parseYuan(row.yuan) ?? 0,
  since: row.since.trim(),
  suspendedFrom: row.suspendedFrom.trim() || null,
  suspendedTo: row.suspendedTo.trim() || null,
});

const problemWords = (p: ReceiptProblem) => t(runtimeKey(`console.memberSubsidies.problem.${p}`));

/** "高龄津贴（区级）": the city's and the district's rule for one benefit share a name. */
const programmeWords = (p: SubsidyProgramme) =>
  t('console.memberSubsidies.programme', {
    name: localText(p.name),
    level: t(`subsidySettings.levels.${p.level}`),
  });

export function MemberSubsidies({ memberId }: { memberId: string }) {
  const [programmes, setProgrammes] = useState<SubsidyProgramme[] | null>(null);
  const [rows, setRows] = useState<Row[] | null>(null);
  const [problems, setProblems] = useState<ReceiptProblem[][]>([]);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [working, setWorking] = useState(false);
  const mayRead = allowed('subsidies.register.read');
  const mayWrite = allowed('subsidies.register.write');

  useEffect(() => {
    if (!mayRead) return;
    readCentreConfig().then((c) => setProgrammes(c.subsidies?.programmes ?? []), setError);
    call(SubsidyRegisterApi.get, { params: { id: memberId } }).then(
      (answer) => setRows(answer.receipts.map(toRow)),
      setError,
    );
  }, [memberId, mayRead]);

  if (!mayRead) return null;
  const change = (index: number, field: keyof Row) => (value: string) => {
    setSaved(false);
    setRows((all) => all?.map((r, i) => (i === index ? { ...r, [field]: value } : r)) ?? all);
  };
  // A programme since removed from subsidies.json stays on record, shown by its id.
  const nameOf = (id: string) => {
    const programme = programmes?.find((p) => p.id === id);
    return programme ? programmeWords(programme) : id;
  };
  const unused = (programmes ?? []).filter((p) => !rows?.some((r) => r.programmeId === p.id));

  async function save(event: Event) {
    event.preventDefault();
    if (!rows) return;
    const receipts = rows.map(toReceipt);
    const found = receipts.map(receiptProblems);
    setProblems(found);
    if (found.some((p) => p.length > 0)) return;
    setWorking(true);
    setError(null);
    try {
      const answer = await call(SubsidyRegisterApi.put, {
        params: { id: memberId },
        body: { receipts },
      });
      setRows(answer.receipts.map(toRow));
      setSaved(true);
    } catch (e) {
      setError(e);
    } finally {
      setWorking(false);
    }
  }

  return (
    <section aria-labelledby="member-subsidies-title">
      <h2 id="member-subsidies-title">{t('console.memberSubsidies.title')}</h2>
      <p>{t('console.memberSubsidies.hint')}</p>
      {(rows === null || programmes === null) && !error && <p>{t('console.common.loading')}</p>}
      {rows && programmes && (
        <form class="form form--wide" onSubmit={(e) => void save(e)} noValidate>
          {rows.length === 0 && <p>{t('console.memberSubsidies.none')}</p>}
          {rows.map((row, index) => (
            <fieldset key={row.programmeId} class="fieldset">
              <legend>{nameOf(row.programmeId)}</legend>
              <TextField
                label={t('console.memberSubsidies.amount')}
                hint={t('console.memberSubsidies.amountHint')}
                value={row.yuan}
                onInput={change(index, 'yuan')}
              />
              <TextField
                label={t('console.memberSubsidies.since')}
                hint={t('console.memberSubsidies.monthHint')}
                value={row.since}
                onInput={change(index, 'since')}
              />
              <TextField
                label={t('console.memberSubsidies.suspendedFrom')}
                hint={t('console.memberSubsidies.suspendedHint')}
                value={row.suspendedFrom}
                onInput={change(index, 'suspendedFrom')}
              />
              <TextField
                label={t('console.memberSubsidies.suspendedTo')}
                hint={t('console.memberSubsidies.suspendedToHint')}
                value={row.suspendedTo}
                onInput={change(index, 'suspendedTo')}
              />
              {(problems[index] ?? []).length > 0 && (
                <p class="notice notice--error" role="alert">
                  {(problems[index] ?? []).map(problemWords).join(' ')}
                </p>
              )}
              {mayWrite && (
                <button
                  type="button"
                  class="button"
                  onClick={() => {
                    setSaved(false);
                    setRows(rows.filter((_, i) => i !== index));
                    setProblems([]);
                  }}
                >
                  {t('console.memberSubsidies.remove')}
                </button>
              )}
            </fieldset>
          ))}
          {mayWrite && unused.length > 0 && (
            <SelectField
              label={t('console.memberSubsidies.add')}
              value=""
              onChange={(id) => {
                if (!id) return;
                setSaved(false);
                setRows([
                  ...rows,
                  { programmeId: id, yuan: '', since: '', suspendedFrom: '', suspendedTo: '' },
                ]);
              }}
              options={[
                { value: '', label: t('console.memberSubsidies.choose') },
                ...unused.map((p) => ({ value: p.id, label: programmeWords(p) })),
              ]}
            />
          )}
          <ErrorNote error={error} />
          {saved && <SuccessNote>{t('console.memberSubsidies.saved')}</SuccessNote>}
          {mayWrite && (
            <div class="actions">
              <button type="submit" class="button button--primary" disabled={working}>
                {working ? t('console.common.saving') : t('console.memberSubsidies.save')}
              </button>
            </div>
          )}
        </form>
      )}
      {error !== null && rows === null && <ErrorNote error={error} />}
    </section>
  );
}
