/** The audit log (admin): filter by who, what and when; page by page; CSV of the same filter. */
import { signal } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import { hasKey, runtimeKey, t } from '../../i18n';
import { hrefOf } from '../../shared/api/contract';
import { AuditApi, type AuditEntry } from '../../shared/audit/api';
import type { StaffAccountView as StaffAccount } from '../../shared/staff/api';
import { StaffApi } from '../../shared/staff/api';
import { call } from '../api/client';
import { dateTime } from '../app/format';
import { SelectField, TextField } from '../ui/Field';
import { ErrorNote } from '../ui/Notice';
import { PagedTable, usePaged } from '../ui/Pager';
import { AUDIT_ACTIONS, actionWords, detailWords, subjectWords } from './audit-words';

const PAGE_SIZE = 25;

interface Filter {
  from: string;
  to: string;
  action: string;
  actorId: string;
}
const EMPTY: Filter = { from: '', to: '', action: '', actorId: '' };

/** Kept across pages, so back from elsewhere finds the same filter. */
const applied = signal<Filter>(EMPTY);

function actorLabel(entry: AuditEntry): string {
  if (entry.actor.id !== null) return entry.actor.label;
  const key = `console.audit.actors.${entry.actor.label}`;
  return hasKey(key) ? t(runtimeKey(key)) : entry.actor.label;
}

/** The query the API takes: whole local days, as instants. */
function apiQuery(filter: Filter) {
  return {
    from: filter.from ? new Date(`${filter.from}T00:00:00`).toISOString() : undefined,
    to: filter.to ? new Date(`${filter.to}T23:59:59.999`).toISOString() : undefined,
    action: filter.action || undefined,
    actorId: filter.actorId || undefined,
  };
}

export function AuditPage() {
  const [draft, setDraft] = useState<Filter>(applied.value);
  const [accounts, setAccounts] = useState<StaffAccount[]>([]);
  useEffect(() => {
    call(StaffApi.accounts).then(
      (answer) => setAccounts(answer.accounts),
      () => setAccounts([]),
    );
  }, []);
  const filter = applied.value;
  const paged = usePaged<AuditEntry>(async (cursor) => {
    const answer = await call(AuditApi.list, {
      query: { ...apiQuery(filter), limit: String(PAGE_SIZE), cursor: cursor ?? undefined },
    });
    return { items: answer.entries, nextCursor: answer.nextCursor };
  }, JSON.stringify(filter));
  const set = (field: keyof Filter) => (value: string) => setDraft({ ...draft, [field]: value });

  return (
    <>
      <div class="page-head">
        <h1 tabIndex={-1}>{t('console.audit.title')}</h1>
        <div class="actions">
          <a
            class="button"
            href={hrefOf(AuditApi.list, { query: { ...apiQuery(filter), format: 'csv' } })}
            download
          >
            {t('console.common.exportCsv')}
          </a>
        </div>
      </div>
      <form
        class="filters"
        onSubmit={(e) => {
          e.preventDefault();
          applied.value = draft;
        }}
      >
        <TextField
          type="date"
          label={t('console.audit.from')}
          value={draft.from}
          onInput={set('from')}
        />
        <TextField type="date" label={t('console.audit.to')} value={draft.to} onInput={set('to')} />
        <SelectField
          label={t('console.audit.action')}
          value={draft.action}
          onChange={set('action')}
          options={[
            { value: '', label: t('console.audit.anyAction') },
            ...AUDIT_ACTIONS.map((a) => ({ value: a, label: actionWords(a) })),
          ]}
        />
        <SelectField
          label={t('console.audit.actor')}
          value={draft.actorId}
          onChange={set('actorId')}
          options={[
            { value: '', label: t('console.audit.anyActor') },
            ...accounts.map((a) => ({
              value: a.id,
              label: t('console.audit.actorOption', { name: a.name, username: a.username }),
            })),
          ]}
        />
        <div class="filters__buttons">
          <button type="submit" class="button button--primary">
            {t('console.common.filter')}
          </button>
          <button
            type="button"
            class="button"
            onClick={() => {
              setDraft(EMPTY);
              applied.value = EMPTY;
            }}
          >
            {t('console.common.clear')}
          </button>
        </div>
      </form>
      <ErrorNote error={paged.error} />
      <PagedTable
        paged={paged}
        empty={t('console.audit.none')}
        columns={[
          t('console.audit.at'),
          t('console.audit.actor'),
          t('console.audit.action'),
          t('console.audit.subject'),
          t('console.audit.details'),
        ]}
        row={(entry) => (
          <tr key={entry.id}>
            <td>{dateTime(entry.at)}</td>
            <td>{actorLabel(entry)}</td>
            <td>{actionWords(entry.action)}</td>
            <td>{subjectWords(entry)}</td>
            <td class="details">
              {detailWords(entry).map((line) => (
                <div key={line}>{line}</div>
              ))}
            </td>
          </tr>
        )}
      />
    </>
  );
}
