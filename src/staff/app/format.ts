/** Times and errors in words, in the console's language. */
import { HTML_LANG, language, runtimeKey, t } from '../../i18n';
import { ApiError } from '../api/http';

/** "2026年11月24日 16:05" / "24 Nov 2026, 16:05". */
export function dateTime(iso: string | null): string {
  if (!iso) return t('console.common.never');
  return new Intl.DateTimeFormat(HTML_LANG[language.value], {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}

/** "just now", "5 minutes ago", … measured at `nowMs`. */
export function ago(iso: string | null, nowMs: number): string {
  if (!iso) return t('console.common.never');
  const minutes = Math.floor((nowMs - Date.parse(iso)) / 60_000);
  if (minutes < 1) return t('console.common.justNow');
  if (minutes < 60) return t('console.common.minutesAgo', { count: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return t('console.common.hoursAgo', { count: hours });
  return t('console.common.daysAgo', { count: Math.floor(hours / 24) });
}

/** "1234 5678": an 8-digit code read in two halves. */
export function groupedCode(code: string): string {
  return code.replace(/^(\d{4})(\d{4})$/, '$1 $2');
}

const BY_CODE: Record<string, string> = {
  invalid_credentials: 'console.login.wrong',
  account_disabled: 'console.login.disabled',
  session_expired: 'console.login.expired',
  wrong_role: 'console.errors.forbidden',
  forbidden: 'console.errors.forbidden',
  card_taken: 'console.errors.cardTaken',
  username_taken: 'console.errors.usernameTaken',
  cannot_disable_self: 'console.errors.cannotDisableSelf',
  last_admin: 'console.errors.lastAdmin',
  invalid_input: 'console.errors.invalid',
  session_cancelled: 'classRecords.errors.session_cancelled',
  session_has_checkins: 'classRecords.errors.session_has_checkins',
  course_unfinished: 'classRecords.errors.course_unfinished',
  not_your_learner: 'classRecords.errors.not_your_learner',
};

/** What went wrong, in words a person can act on. */
export function errorText(error: unknown): string {
  if (!(error instanceof ApiError)) return t('console.errors.server');
  if (error.code === 'network') return t('console.errors.network');
  if (error.code === 'too_many_attempts')
    return t('console.login.locked', { count: Math.ceil((error.retryAfterSeconds ?? 60) / 60) });
  const key = BY_CODE[error.code];
  if (key) return t(runtimeKey(key));
  if (error.status === 404) return t('console.errors.notFound');
  if (error.status >= 500) return t('console.errors.server');
  // A refusal this console has no words for: the server's own sentence is written for people.
  return t('console.errors.withMessage', { message: error.message });
}
