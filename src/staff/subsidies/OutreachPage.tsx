/**
 * 补贴待联系名单 (admin, staff): who to call about money they could have — members the rules say
 * could get a programme the register does not show them receiving, and members reaching an age
 * that opens one in the next three months. Called down from the screen (phones are links), printed
 * on A4 in large type with a tick column (outreach.css), or exported as CSV for Excel.
 */
import { computed, signal } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import { localText, t, verbatim } from '../../i18n';
import { type Answer, hrefOf } from '../../shared/api/contract';
import type { SubsidiesConfig } from '../../shared/config/subsidies';
import type { BirthdayLine, EligibleLine } from '../../shared/subsidies/outreach-api';
import { OutreachApi } from '../../shared/subsidies/outreach-api';
import { call } from '../api/client';
import { dateTime } from '../app/format';
import { ErrorNote } from '../ui/Notice';
import { programmeWords, reasonWords, startsFrom } from './outreach-words';
import { loadSubsidyRules, subsidyRules } from './subsidy-config';
import './outreach.css';

type Lists = {
  eligible: Answer<typeof OutreachApi.eligible>;
  birthdays: Answer<typeof OutreachApi.birthdays>;
};

/** When the lists were printed: set as the print dialog opens (the button, or Ctrl+P). */
const printedAt = signal(new Date());
const printedText = computed(() =>
  t('subsidyOutreach.outreach.printedAt', { time: dateTime(printedAt.value.toISOString()) }),
);

const ages = (list: readonly number[]) => list.join(t('subsidies.listJoin'));

export function OutreachPage() {
  const [lists, setLists] = useState<Lists | null>(null);
  const [error, setError] = useState<unknown>(null);
  const rules = subsidyRules.value;

  useEffect(() => {
    void loadSubsidyRules();
    let current = true;
    Promise.all([call(OutreachApi.eligible, {}), call(OutreachApi.birthdays, {})]).then(
      ([eligible, birthdays]) => current && setLists({ eligible, birthdays }),
      (e: unknown) => current && setError(e),
    );
    const stamp = () => {
      printedAt.value = new Date();
    };
    window.addEventListener('beforeprint', stamp);
    return () => {
      current = false;
      window.removeEventListener('beforeprint', stamp);
    };
  }, []);

  const subsidies = rules && !(rules instanceof Error) ? rules.config.subsidies : undefined;
  const centre = rules && !(rules instanceof Error) ? localText(rules.centreName) : '';
  return (
    <div class="outreach">
      <div class="page-head">
        <h1 tabIndex={-1}>{t('subsidyOutreach.outreach.title')}</h1>
        <div class="actions no-print">
          <button
            type="button"
            class="button button--primary"
            disabled={!lists}
            onClick={() => window.print()}
          >
            {t('subsidyOutreach.outreach.print')}
          </button>
          <a
            class="button"
            href={hrefOf(OutreachApi.eligible, { query: { format: 'csv' } })}
            download
          >
            {t('subsidyOutreach.outreach.exportEligible')}
          </a>
          <a
            class="button"
            href={hrefOf(OutreachApi.birthdays, { query: { format: 'csv' } })}
            download
          >
            {t('subsidyOutreach.outreach.exportBirthdays')}
          </a>
        </div>
      </div>
      <div class="print-only outreach__print-heading">
        <p class="outreach__print-title">
          {t('subsidyOutreach.outreach.printHeading', {
            centre,
            day: verbatim(lists?.eligible.day ?? ''),
          })}
        </p>
        <p>{printedText}</p>
      </div>
      {lists && (
        <p class="outreach__intro no-print">
          {t('subsidyOutreach.outreach.intro', { ages: ages(lists.birthdays.ages) })}
        </p>
      )}
      <p class="no-print">{t('subsidyOutreach.outreach.printNote')}</p>
      <ErrorNote error={error} />
      {rules instanceof Error && <ErrorNote error={rules} />}
      {!lists || !rules ? (
        !error && <p>{t('subsidyOutreach.outreach.loading')}</p>
      ) : !subsidies ? (
        !(rules instanceof Error) && (
          <p class="notice notice--info">{t('subsidyOutreach.outreach.noSubsidies')}</p>
        )
      ) : (
        <>
          <EligibleList config={subsidies} lines={lists.eligible.lines} />
          <BirthdayList config={subsidies} list={lists.birthdays} />
        </>
      )}
    </div>
  );
}

/** Consecutive lines of one member, so a person is one entry to call however many lines. */
function byMember<L extends { memberId: string }>(lines: readonly L[]): L[][] {
  const groups: L[][] = [];
  for (const line of lines) {
    const last = groups.at(-1);
    if (last && last[0]?.memberId === line.memberId) last.push(line);
    else groups.push([line]);
  }
  return groups;
}

function Person({ line, rows }: { line: EligibleLine | BirthdayLine; rows: number }) {
  return (
    <>
      <th scope="rowgroup" rowSpan={rows} class="outreach__name">
        {verbatim(line.name)}
        <br />
        <span class="mono">{verbatim(line.cardNumber)}</span>
      </th>
      <td rowSpan={rows}>
        {line.phone ? (
          <a href={`tel:${line.phone}`} class="nowrap">
            {verbatim(line.phone)}
          </a>
        ) : (
          t('subsidyOutreach.outreach.noPhone')
        )}
      </td>
      <td rowSpan={rows}>
        {line.address ? verbatim(line.address) : t('subsidyOutreach.outreach.noAddress')}
      </td>
      <td rowSpan={rows} class="nowrap">
        {t('subsidyOutreach.outreach.age', { count: line.age })}
      </td>
    </>
  );
}

const PERSON_COLUMNS = ['name', 'phone', 'address', 'age'] as const;

function Head({ columns }: { columns: readonly string[] }) {
  return (
    <thead>
      <tr>
        {columns.map((c) => (
          <th key={c} scope="col">
            {t(`subsidyOutreach.outreach.column.${c as 'name'}`)}
          </th>
        ))}
        <th scope="col" class="print-only-cell">
          {t('subsidyOutreach.outreach.column.called')}
        </th>
      </tr>
    </thead>
  );
}

function EligibleList({ config, lines }: { config: SubsidiesConfig; lines: EligibleLine[] }) {
  const words = programmeWords(config);
  return (
    <section class="outreach__list" aria-labelledby="outreach-eligible">
      <h2 id="outreach-eligible">
        {t('subsidyOutreach.outreach.eligible.title', { count: lines.length })}
      </h2>
      {lines.length === 0 ? (
        <p class="notice notice--success">{t('subsidyOutreach.outreach.eligible.none')}</p>
      ) : (
        <div class="table-wrap">
          <table class="table outreach__table" data-list="eligible">
            <Head columns={[...PERSON_COLUMNS, 'programme', 'why', 'bring']} />
            {byMember(lines).map((group) => (
              <tbody key={group[0]?.memberId} data-member={group[0]?.memberId}>
                {group.map((l, i) => (
                  <tr key={l.programmeId}>
                    {i === 0 && <Person line={l} rows={group.length} />}
                    <td>
                      <strong>{words.name(l.programmeId)}</strong>
                      <br />
                      {words.amount(l.programmeId, l.fen)}
                    </td>
                    <td>
                      {reasonWords(l.reasons, words.names)}
                      {l.startMonth && (
                        <>
                          <br />
                          {startsFrom(l.startMonth)}
                        </>
                      )}
                    </td>
                    <td>{words.bring(l.programmeId)}</td>
                    {i === 0 && <td rowSpan={group.length} class="print-only-cell tick-box" />}
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </div>
      )}
    </section>
  );
}

function BirthdayList({
  config,
  list,
}: {
  config: SubsidiesConfig;
  list: Answer<typeof OutreachApi.birthdays>;
}) {
  const words = programmeWords(config);
  const range = { from: verbatim(list.day), until: verbatim(list.until), ages: ages(list.ages) };
  return (
    <section class="outreach__list" aria-labelledby="outreach-birthdays">
      <h2 id="outreach-birthdays">
        {t('subsidyOutreach.outreach.birthdays.title', { ...range, count: list.lines.length })}
      </h2>
      {list.lines.length === 0 ? (
        <p class="notice notice--info">{t('subsidyOutreach.outreach.birthdays.none', range)}</p>
      ) : (
        <div class="table-wrap">
          <table class="table outreach__table" data-list="birthdays">
            <Head columns={[...PERSON_COLUMNS, 'birthday', 'programme', 'bring']} />
            {byMember(list.lines).map((group) => (
              <tbody key={group[0]?.memberId} data-member={group[0]?.memberId}>
                {group.map((l, i) => (
                  <tr key={`${l.programmeId}/${l.turns}`}>
                    {i === 0 && <Person line={l} rows={group.length} />}
                    <td class="nowrap">
                      {verbatim(l.birthday)}
                      <br />
                      {t('subsidyOutreach.outreach.turns', { age: l.turns })}
                    </td>
                    <td>
                      <strong>{words.name(l.programmeId)}</strong>
                      <br />
                      {words.amount(l.programmeId, l.fen)}
                      <br />
                      {startsFrom(l.startMonth)}
                    </td>
                    <td>{words.bring(l.programmeId)}</td>
                    {i === 0 && <td rowSpan={group.length} class="print-only-cell tick-box" />}
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </div>
      )}
    </section>
  );
}
