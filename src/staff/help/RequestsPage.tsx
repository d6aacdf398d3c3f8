/**
 * The service request queue: filtered by status, or one member's whole history (the link on the
 * member's page), newest first, paged; each request opens its own page to assign, plan, move on
 * and note. Complaints are listed only to admins — the server leaves them out for others.
 */
import { useEffect, useState } from 'preact/hooks';
import { t, verbatim } from '../../i18n';
import { HelpApi } from '../../shared/help/api';
import type { ServiceRequestView } from '../../shared/help/api-types';
import { SERVICE_STATUSES, type ServiceStatus } from '../../shared/help/changes';
import { call } from '../api/client';
import { dateTime } from '../app/format';
import { href } from '../app/router';
import { SelectField } from '../ui/Field';
import { ErrorNote } from '../ui/Notice';
import { ListTable } from '../ui/Pager';
import { loadHelpSettings, requestTitle } from './help-config';
import { askedText, MEMBER_PREFIX, memberName, planText } from './help-format';
import { requestsVersion } from './help-live';
import { RequestDetail } from './RequestDetail';

function Queue({ memberId }: { memberId: string | null }) {
  const [status, setStatus] = useState<ServiceStatus | ''>('');
  const [page, setPage] = useState(1);
  const [answer, setAnswer] = useState<{ requests: ServiceRequestView[]; total: number } | null>(
    null,
  );
  const [pageSize, setPageSize] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const version = requestsVersion.value;

  useEffect(() => {
    let current = true;
    call(HelpApi.requests, {
      query: { status: status || undefined, memberId: memberId || undefined, page: String(page) },
    }).then(
      (a) => {
        if (!current) return;
        setAnswer(a);
        setPageSize((size) => Math.max(size, a.requests.length));
        setError(null);
      },
      (e: unknown) => current && setError(e),
    );
    return () => {
      current = false;
    };
  }, [status, memberId, page, version]);

  const items = answer?.requests;
  const shownSoFar = (page - 1) * pageSize + (items?.length ?? 0);
  const hasNext = Boolean(answer && items && items.length > 0 && shownSoFar < answer.total);
  const who = items?.find((r) => r.member)?.member;

  return (
    <>
      {memberId && (
        <p class="roster-when" data-member={memberId}>
          {who
            ? t('helpdesk.requests.historyOf', { name: verbatim(who.name) })
            : t('helpdesk.requests.historyOfMember')}{' '}
          <a href={href('help-requests')}>{t('helpdesk.requests.allMembers')}</a>
        </p>
      )}
      <form class="filters" noValidate onSubmit={(e) => e.preventDefault()}>
        <SelectField
          label={t('helpdesk.requests.statusFilter')}
          value={status}
          onChange={(value) => {
            setStatus(value as ServiceStatus | '');
            setPage(1);
          }}
          options={[
            { value: '', label: t('helpdesk.requests.anyStatus') },
            ...SERVICE_STATUSES.map((s) => ({ value: s, label: t(`helpdesk.service.${s}`) })),
          ]}
        />
      </form>
      <ErrorNote error={error} />
      {answer && <p aria-live="polite">{t('helpdesk.requests.total', { count: answer.total })}</p>}
      <ListTable
        items={items}
        error={error}
        empty={t('helpdesk.requests.none')}
        columns={[
          t('helpdesk.requests.category'),
          t('helpdesk.requests.member'),
          t('helpdesk.requests.asked'),
          t('helpdesk.requests.status'),
          t('helpdesk.requests.assignee'),
          t('helpdesk.requests.created'),
        ]}
        row={(r) => (
          <tr key={r.id} data-request={r.id} data-status={r.status}>
            <th scope="row">
              <a href={href('help-requests', r.id)}>{requestTitle(r)}</a>
              {r.complaint && (
                <span class="tag tag--admin">{t('helpdesk.requests.adminOnly')}</span>
              )}
            </th>
            <td>{r.member ? memberName(r.member) : t('helpdesk.requests.anonymous')}</td>
            <td>{askedText(r)}</td>
            <td>
              <span class={`badge badge--service-${r.status}`}>
                {t(`helpdesk.service.${r.status}`)}
              </span>
            </td>
            <td>
              {r.assignee
                ? t('helpdesk.requests.assigneePlan', {
                    name: verbatim(r.assignee.name),
                    plan: planText(r.plan),
                  })
                : t('helpdesk.none')}
            </td>
            <td class="nowrap">{dateTime(r.createdAt)}</td>
          </tr>
        )}
      />
      {(page > 1 || hasNext) && (
        <nav class="pager" aria-label={t('console.common.pages')}>
          <button
            type="button"
            class="button"
            disabled={page === 1}
            onClick={() => setPage(page - 1)}
          >
            {t('console.common.previous')}
          </button>
          <span>{t('console.common.page', { page })}</span>
          <button
            type="button"
            class="button"
            disabled={!hasNext}
            onClick={() => setPage(page + 1)}
          >
            {t('console.common.next')}
          </button>
        </nav>
      )}
    </>
  );
}

export function RequestsPage({ rest }: { rest: string | null }) {
  useEffect(() => {
    void loadHelpSettings();
  }, []);
  if (rest && !rest.startsWith(MEMBER_PREFIX)) return <RequestDetail id={rest} />;
  const memberId = rest ? rest.slice(MEMBER_PREFIX.length) || null : null;
  return (
    <>
      <div class="page-head">
        <h1 tabIndex={-1}>{t('helpdesk.requests.title')}</h1>
      </div>
      <Queue key={memberId ?? ''} memberId={memberId} />
    </>
  );
}
