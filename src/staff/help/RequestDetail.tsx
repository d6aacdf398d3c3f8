/**
 * One service request: what the elder asked for, who they are and how to reach them, then the
 * staff's actions — assign a staff member with a planned day and part of day (what the kiosk
 * tells the elder: "已安排，明天上午 李师傅 上门"), move the status on, and add notes.
 */
import { useEffect, useState } from 'preact/hooks';
import { localText, t, verbatim } from '../../i18n';
import { HelpApi } from '../../shared/help/api';
import type { ServiceRequestView } from '../../shared/help/api-types';
import {
  DAY_PARTS,
  type DayPart,
  SERVICE_STATUSES,
  type ServiceStatus,
} from '../../shared/help/changes';
import { call } from '../api/client';
import { ApiError } from '../api/http';
import { dateTime } from '../app/format';
import { href } from '../app/router';
import { me } from '../app/session';
import { isDay } from '../pages/meals/dates';
import { SelectField, TextArea, TextField } from '../ui/Field';
import { ErrorNote, SuccessNote } from '../ui/Notice';
import { fieldMessage, localInvalid } from '../ui/problems';
import { requestTitle } from './help-config';
import {
  askedText,
  emergencyContact,
  memberHistoryRest,
  memberName,
  planText,
} from './help-format';
import { requestsVersion } from './help-live';

/** One choice of who goes: a staff account or a field worker, as the select's value names it. */
type Choice = { value: string; label: string };

const choiceValue = (kind: 'staff' | 'person', id: string) => `${kind}:${id}`;

/**
 * Who a request can be given to: the enabled accounts and the active field workers (the admin's
 * people list), by name. Should the list fail to load, "me" is still a choice.
 */
function useAssignees(): Choice[] {
  const self = me.value;
  const mine: Choice[] = self
    ? [{ value: choiceValue('staff', self.id), label: verbatim(self.name) }]
    : [];
  const [choices, setChoices] = useState<Choice[]>(mine);
  useEffect(() => {
    if (!self) return;
    let current = true;
    call(HelpApi.assignees).then(
      ({ staff, fieldWorkers }) => {
        if (!current) return;
        setChoices([
          ...staff.map((p) => ({ value: choiceValue('staff', p.id), label: verbatim(p.name) })),
          ...fieldWorkers.map((p) => ({
            value: choiceValue('person', p.id),
            label: t('helpdesk.requests.workerOption', { name: verbatim(p.name) }),
          })),
        ]);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [self?.id]);
  return choices;
}

function AssignForm({
  item,
  onSaved,
}: {
  item: ServiceRequestView;
  onSaved: (r: ServiceRequestView) => void;
}) {
  const people = useAssignees();
  const current = item.assignee ? choiceValue(item.assignee.kind, item.assignee.id) : '';
  const [staffId, setStaffId] = useState(current);
  const [day, setDay] = useState(item.plan?.day ?? '');
  const [part, setPart] = useState<DayPart | ''>(item.plan?.part ?? '');
  const [error, setError] = useState<unknown>(null);
  const chosen = staffId || people[0]?.value || '';
  // The current assignee stays a choice even when the list no longer holds them (disabled).
  const options = [...people];
  if (item.assignee && !options.some((p) => p.value === current))
    options.push({ value: current, label: verbatim(item.assignee.name) });

  async function submit(event: Event) {
    event.preventDefault();
    const problems = [];
    if (!chosen) problems.push({ path: 'staffId', message: t('helpdesk.requests.pickStaff') });
    if (day && !isDay(day)) problems.push({ path: 'day', message: t('helpdesk.badDay') });
    if (!day && part) problems.push({ path: 'day', message: t('helpdesk.requests.partNeedsDay') });
    if (problems.length) {
      setError(localInvalid(problems));
      return;
    }
    setError(null);
    try {
      onSaved(
        await call(HelpApi.assign, {
          params: { id: item.id },
          body: {
            ...(chosen.startsWith('person:')
              ? { personId: chosen.slice('person:'.length) }
              : { staffId: chosen.slice('staff:'.length) }),
            plan: day ? { day, part: part || null } : null,
          },
        }),
      );
    } catch (e) {
      setError(e);
    }
  }

  return (
    <form class="form request-form" noValidate onSubmit={(e) => void submit(e)}>
      <h2>{t('helpdesk.requests.assignTitle')}</h2>
      <SelectField
        label={t('helpdesk.requests.assignTo')}
        value={chosen}
        error={fieldMessage(error, 'staffId')}
        onChange={setStaffId}
        options={options}
      />
      <TextField
        type="date"
        label={t('helpdesk.requests.planDay')}
        hint={t('helpdesk.requests.planDayHint')}
        value={day}
        error={fieldMessage(error, 'day')}
        onInput={setDay}
      />
      <SelectField
        label={t('helpdesk.requests.planPart')}
        value={part}
        onChange={(value) => setPart(value as DayPart | '')}
        options={[
          { value: '', label: t('helpdesk.parts.any') },
          ...DAY_PARTS.map((p) => ({ value: p, label: t(`helpdesk.parts.${p}`) })),
        ]}
      />
      <ErrorNote error={error instanceof ApiError && error.fields.length ? null : error} />
      <div class="actions">
        <button type="submit" class="button button--primary">
          {t('helpdesk.requests.assign')}
        </button>
      </div>
    </form>
  );
}

function StatusForm({
  item,
  onSaved,
}: {
  item: ServiceRequestView;
  onSaved: (r: ServiceRequestView) => void;
}) {
  const [status, setStatus] = useState<ServiceStatus>(item.status);
  const [error, setError] = useState<unknown>(null);

  async function submit(event: Event) {
    event.preventDefault();
    setError(null);
    try {
      onSaved(await call(HelpApi.status, { params: { id: item.id }, body: { status } }));
    } catch (e) {
      setError(e);
    }
  }

  return (
    <form class="form request-form" noValidate onSubmit={(e) => void submit(e)}>
      <h2>{t('helpdesk.requests.statusTitle')}</h2>
      <SelectField
        label={t('helpdesk.requests.newStatus')}
        value={status}
        onChange={(value) => setStatus(value as ServiceStatus)}
        options={SERVICE_STATUSES.map((s) => ({ value: s, label: t(`helpdesk.service.${s}`) }))}
      />
      <ErrorNote error={error} />
      <div class="actions">
        <button type="submit" class="button button--primary" disabled={status === item.status}>
          {t('helpdesk.requests.setStatus')}
        </button>
      </div>
    </form>
  );
}

function NoteForm({
  item,
  onSaved,
}: {
  item: ServiceRequestView;
  onSaved: (r: ServiceRequestView) => void;
}) {
  const [text, setText] = useState('');
  const [error, setError] = useState<unknown>(null);

  async function submit(event: Event) {
    event.preventDefault();
    if (!text.trim()) {
      setError(t('helpdesk.requests.noteEmpty'));
      return;
    }
    setError(null);
    try {
      onSaved(await call(HelpApi.note, { params: { id: item.id }, body: { text: text.trim() } }));
      setText('');
    } catch (e) {
      setError(e);
    }
  }

  return (
    <form class="form request-form" noValidate onSubmit={(e) => void submit(e)}>
      <h2>{t('helpdesk.requests.notesTitle')}</h2>
      {item.notes.length === 0 ? (
        <p>{t('helpdesk.requests.noNotes')}</p>
      ) : (
        <ol class="request-notes">
          {item.notes.map((n) => (
            <li key={`${n.at}-${n.by.id}`}>
              <p class="request-notes__by">
                {t('helpdesk.calls.byAt', { name: verbatim(n.by.name), at: dateTime(n.at) })}
              </p>
              <p>{verbatim(n.text)}</p>
            </li>
          ))}
        </ol>
      )}
      <TextArea label={t('helpdesk.requests.newNote')} value={text} onInput={setText} />
      <ErrorNote error={error} />
      <div class="actions">
        <button type="submit" class="button button--primary">
          {t('helpdesk.requests.addNote')}
        </button>
      </div>
    </form>
  );
}

export function RequestDetail({ id }: { id: string }) {
  const [item, setItem] = useState<ServiceRequestView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const version = requestsVersion.value;

  useEffect(() => {
    let current = true;
    call(HelpApi.request, { params: { id } }).then(
      (r) => {
        if (!current) return;
        setItem(r);
        setError(null);
      },
      (e: unknown) => current && setError(e),
    );
    return () => {
      current = false;
    };
  }, [id, version]);

  const onSaved = (r: ServiceRequestView) => {
    setItem(r);
    setSaved(true);
  };
  const member = item?.member ?? null;

  return (
    <>
      <div class="page-head">
        <h1 tabIndex={-1}>
          {item
            ? t('helpdesk.requests.detailTitle', { category: requestTitle(item) })
            : t('helpdesk.requests.title')}
        </h1>
        <a class="button" href={href('help-requests')}>
          {t('helpdesk.requests.backToQueue')}
        </a>
      </div>
      <ErrorNote error={error} />
      {!item ? (
        !error && <p>{t('console.common.loading')}</p>
      ) : (
        <div data-request={item.id} data-status={item.status}>
          {saved && <SuccessNote>{t('helpdesk.requests.saved')}</SuccessNote>}
          <dl class="facts">
            <div>
              <dt>{t('helpdesk.requests.status')}</dt>
              <dd>
                <span class={`badge badge--service-${item.status}`} data-field="status">
                  {t(`helpdesk.service.${item.status}`)}
                </span>
                {item.complaint && (
                  <span class="tag tag--admin">{t('helpdesk.requests.adminOnly')}</span>
                )}
              </dd>
            </div>
            <div>
              <dt>{t('helpdesk.requests.member')}</dt>
              <dd>
                {member ? (
                  <>
                    {memberName(member)} {member.phone && verbatim(member.phone)}{' '}
                    <a href={href('help-requests', memberHistoryRest(member.id))}>
                      {t('helpdesk.requests.historyLink', { name: verbatim(member.name) })}
                    </a>
                  </>
                ) : (
                  t('helpdesk.requests.anonymous')
                )}
              </dd>
            </div>
            {member?.address && (
              <div>
                <dt>{t('helpdesk.calls.address')}</dt>
                <dd>{verbatim(member.address)}</dd>
              </div>
            )}
            {member && (
              <div>
                <dt>{t('helpdesk.calls.emergency')}</dt>
                <dd>{emergencyContact(member)}</dd>
              </div>
            )}
            {item.programme ? (
              // 帮我申请: what the elder was told to bring, as the rules said it then.
              <div>
                <dt>{t('helpdesk.requests.documents')}</dt>
                <dd data-field="documents">
                  {item.programme.documents.length > 0 ? (
                    <ul class="request-documents">
                      {item.programme.documents.map((d) => (
                        <li key={d['zh-Hans']}>{localText(d)}</li>
                      ))}
                    </ul>
                  ) : (
                    t('helpdesk.requests.noDocuments')
                  )}
                </dd>
              </div>
            ) : (
              <div>
                <dt>{t('helpdesk.requests.asked')}</dt>
                <dd>{askedText(item)}</dd>
              </div>
            )}
            <div>
              <dt>{t('helpdesk.requests.assignee')}</dt>
              <dd data-field="assignee">
                {item.assignee
                  ? t('helpdesk.requests.assigneePlan', {
                      name: verbatim(item.assignee.name),
                      plan: planText(item.plan),
                    })
                  : t('helpdesk.requests.unassigned')}
              </dd>
            </div>
            <div>
              <dt>{t('helpdesk.requests.created')}</dt>
              <dd>{dateTime(item.createdAt)}</dd>
            </div>
          </dl>
          <div class="request-forms">
            <AssignForm key={`a-${item.updatedAt}`} item={item} onSaved={onSaved} />
            <StatusForm key={`s-${item.updatedAt}`} item={item} onSaved={onSaved} />
            <NoteForm item={item} onSaved={onSaved} />
          </div>
        </div>
      )}
    </>
  );
}
