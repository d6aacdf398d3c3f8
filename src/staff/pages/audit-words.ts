/**
 * An audit entry in words, in the console's language: what was acted on, named as its details
 * name it, and each detail with its label — never a bare id or raw JSON. A detail the console has
 * no word for yet is shown under its own name, so nothing on record is hidden.
 */
import { hasKey, runtimeKey, t } from '../../i18n';
import type { AuditEntry } from '../../shared/audit/api';
import { dateTime } from '../app/format';

/** The actions on the audit log, grouped as the filter lists them. */
export const AUDIT_ACTIONS = [
  'staff.logged_in',
  'staff.logged_out',
  'staff.login_failed',
  'staff.login_locked',
  'staff.created',
  'staff.disabled',
  'staff.enabled',
  'staff.role_changed',
  'staff.renamed',
  'staff.password_reset',
  'staff.password_changed',
  'person.added',
  'person.changed',
  'member.created',
  'member.updated',
  'member.subsidies_changed',
  'member.id_number_changed',
  'member.id_number_revealed',
  'subsidy.list_imported',
  'subsidy.rows_matched',
  'subsidy.rows_dismissed',
  'subsidy.record_entered',
  'subsidy.application_added',
  'subsidy.application_decided',
  'member.community_changed',
  'class.course_added',
  'class.session_added',
  'class.session_changed',
  'class.session_cancelled',
  'class.session_deleted',
  'class.checked_in',
  'class.guest_checked_in',
  'meal.marked',
  'meal.absence_checked',
  'help.acknowledged',
  'help.resolved',
  'help.false_alarm',
  'help.escalated',
  'help.assigned',
  'help.status_changed',
  'help.noted',
  'kiosk.enrollment_code_created',
  'kiosk.enrolled',
  'kiosk.enroll_locked',
  'kiosk.moved',
  'kiosk.staff_pin_failed',
  'kiosk.staff_pin_locked',
  'kiosk.settings_changed',
  'kiosk.revoked',
  'config.published',
  'config.restored',
  'photo.uploaded',
  'data.exported',
] as const;

/** Words for a code the console may or may not have words for; the code itself otherwise. */
function wordsFor(prefix: string, code: string): string {
  const key = `${prefix}.${code}`;
  return hasKey(key) ? t(runtimeKey(key)) : code;
}

export function actionWords(action: string): string {
  return wordsFor('console.audit.actions', action);
}

const detailsOf = (entry: AuditEntry): Record<string, unknown> =>
  typeof entry.details === 'object' && entry.details !== null && !Array.isArray(entry.details)
    ? (entry.details as Record<string, unknown>)
    : {};

// Subjects whose id is itself the words (a username tried, an address, an exported list).
const SHOWN_AS_IS = new Set(['username', 'address', 'export']);

/** "员工：王芳" — the kind of thing acted on, and its name from the entry's details. */
export function subjectWords(entry: AuditEntry): string {
  if (!entry.subject) return '';
  const kind = wordsFor('console.audit.subjects', entry.subject.type);
  const details = detailsOf(entry);
  const named = details.name ?? details.username ?? details.staffName;
  const name =
    typeof named === 'string'
      ? named
      : SHOWN_AS_IS.has(entry.subject.type)
        ? entry.subject.id
        : null;
  return name === null ? kind : t('console.audit.subjectNamed', { kind, name });
}

// Where a role or a status (a detail "role", "from" or "to") has its words, by what was acted on.
const STATE_WORDS: Record<string, string> = {
  staff_account: 'console.roles',
  help_call: 'helpdesk.status',
  service_request: 'helpdesk.service',
  meal_booking: 'kitchen.status',
};

function stateWords(subjectType: string | undefined, value: string): string | null {
  const prefix = subjectType ? STATE_WORDS[subjectType] : undefined;
  // The kitchen's words key "no-show" as noShow.
  const code = value === 'no-show' ? 'noShow' : value;
  return prefix && hasKey(`${prefix}.${code}`) ? t(runtimeKey(`${prefix}.${code}`)) : null;
}

// Details that are moments, shown as the console shows every time.
const TIME_KEYS = new Set(['lockedUntil', 'expiresAt']);

function valueWords(key: string, value: unknown, subjectType?: string): string {
  if (typeof value === 'boolean') return t(value ? 'console.common.yes' : 'console.common.no');
  if (value === null || value === undefined || value === '') return t('console.common.none');
  if (typeof value === 'string') {
    if (key === 'source') return wordsFor('console.audit.sources', value);
    if (key === 'decision') return wordsFor('subsidyRegister.applications.statuses', value);
    if (key === 'kind' && subjectType === 'person') return wordsFor('console.people.kinds', value);
    if (TIME_KEYS.has(key)) return dateTime(value);
    return (['role', 'from', 'to'].includes(key) && stateWords(subjectType, value)) || value;
  }
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((v) => valueWords(key, v, subjectType)).join('、');
  return Object.entries(value as Record<string, unknown>)
    .map(([k, v]) =>
      t('console.audit.detail', {
        label: wordsFor('console.audit.detailKeys', k),
        value: valueWords(k, v, subjectType),
      }),
    )
    .join('；');
}

/** Each detail as "标签：值", the name already shown as the subject left out. */
export function detailWords(entry: AuditEntry): string[] {
  const details = detailsOf(entry);
  const shownAsSubject = subjectWords(entry);
  return Object.entries(details)
    .filter(
      ([key, value]) =>
        !(
          ['name', 'username', 'staffName'].includes(key) &&
          typeof value === 'string' &&
          shownAsSubject.includes(value)
        ),
    )
    .map(([key, value]) =>
      t('console.audit.detail', {
        label: wordsFor('console.audit.detailKeys', key),
        value: valueWords(key, value, entry.subject?.type),
      }),
    );
}
