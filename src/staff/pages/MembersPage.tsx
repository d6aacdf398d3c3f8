/** Members: search, category and status filters, a paged table, add / import / export. */
import { signal } from '@preact/signals';
import { useState } from 'preact/hooks';
import * as v from 'valibot';
import { t } from '../../i18n';
import { hrefOf } from '../../shared/api/contract';
import { MEMBER_CATEGORIES } from '../../shared/members/categories';
import type { MemberView } from '../../shared/members/member-view';
import { call } from '../api/client';
import { ApiError } from '../api/http';
import { MembersApi } from '../api/members';
import { allowed } from '../app/access';
import { href } from '../app/router';
import { membersVersion } from '../live/live';
import { SelectField, TextField } from '../ui/Field';
import { ErrorNote } from '../ui/Notice';
import { PagedTable, usePaged } from '../ui/Pager';

const PAGE_SIZE = 25;

interface Filter {
  q: string;
  category: string;
  status: string;
}
const EMPTY: Filter = { q: '', category: '', status: '' };

/** Kept across pages, so back from a member's form finds the same search. */
const applied = signal<Filter>(EMPTY);

const Category = v.picklist(MEMBER_CATEGORIES);
const Status = v.picklist(['active', 'expired']);

/** The filter as the list's query: the choices that are set (an empty choice is "any"). */
function listQuery(filter: Filter) {
  return {
    q: filter.q || undefined,
    category: v.is(Category, filter.category) ? filter.category : undefined,
    status: v.is(Status, filter.status) ? filter.status : undefined,
  };
}

export function MembersPage() {
  const [draft, setDraft] = useState<Filter>(applied.value);
  const filter = applied.value;
  const paged = usePaged<MemberView>(
    async (cursor) => {
      const answer = await call(MembersApi.list, {
        query: { ...listQuery(filter), limit: String(PAGE_SIZE), cursor: cursor ?? undefined },
      });
      return { items: answer.members, nextCursor: answer.nextCursor };
    },
    JSON.stringify(filter),
    membersVersion.value,
  );
  const set = (field: keyof Filter) => (value: string) => setDraft({ ...draft, [field]: value });
  const missing = paged.error instanceof ApiError && paged.error.status === 404;

  return (
    <>
      <div class="page-head">
        <h1 tabIndex={-1}>{t('console.members.title')}</h1>
        <div class="actions">
          {allowed('members.write') && (
            <>
              <a class="button button--primary" href={href('members', 'new')}>
                {t('console.members.add')}
              </a>
              <a class="button" href={href('members', 'import')}>
                {t('console.members.import')}
              </a>
            </>
          )}
          {allowed('members.export') && (
            <a
              class="button"
              href={hrefOf(MembersApi.list, { query: { ...listQuery(filter), format: 'csv' } })}
              download
            >
              {t('console.common.exportCsv')}
            </a>
          )}
        </div>
      </div>
      <form
        class="filters"
        onSubmit={(e) => {
          e.preventDefault();
          applied.value = { ...draft, q: draft.q.trim() };
        }}
      >
        <TextField
          type="search"
          label={t('console.members.search')}
          value={draft.q}
          onInput={set('q')}
        />
        <SelectField
          label={t('console.members.category')}
          value={draft.category}
          onChange={set('category')}
          options={[
            { value: '', label: t('console.members.anyCategory') },
            ...MEMBER_CATEGORIES.map((c) => ({ value: c, label: t(`members.category.${c}`) })),
          ]}
        />
        <SelectField
          label={t('console.members.status')}
          value={draft.status}
          onChange={set('status')}
          options={[
            { value: '', label: t('console.members.anyStatus') },
            { value: 'active', label: t('console.members.active') },
            { value: 'expired', label: t('console.members.expired') },
          ]}
        />
        <div class="filters__buttons">
          <button type="submit" class="button button--primary">
            {t('console.common.search')}
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
      {missing ? (
        <p class="notice notice--info">{t('console.members.unavailable')}</p>
      ) : (
        <ErrorNote error={paged.error} />
      )}
      <PagedTable
        paged={paged}
        empty={t('console.members.none')}
        columns={[
          t('console.members.name'),
          t('console.members.card'),
          t('console.members.age'),
          t('console.members.phone'),
          t('console.members.categories'),
          t('console.members.validUntil'),
          t('console.members.status'),
          t('console.common.actions'),
        ]}
        row={(m) => (
          <tr key={m.id}>
            <th scope="row">{m.name}</th>
            <td class="mono">{m.cardNumber}</td>
            <td>{m.age}</td>
            <td>{m.phone ?? t('console.common.none')}</td>
            <td>
              {m.categories.length === 0
                ? t('console.common.none')
                : m.categories.map((c) => (
                    <span key={c} class="tag">
                      {t(`members.category.${c}`)}
                    </span>
                  ))}
            </td>
            <td>{m.validUntil ?? t('console.members.noEnd')}</td>
            <td>
              <span class={`badge badge--${m.status === 'active' ? 'ok' : 'off'}`}>
                {t(`console.members.${m.status}`)}
              </span>
            </td>
            <td>
              <a
                class="button"
                href={href('members', m.id)}
                aria-label={t('console.members.editName', { name: m.name })}
              >
                {t('console.members.edit')}
              </a>
            </td>
          </tr>
        )}
      />
    </>
  );
}
