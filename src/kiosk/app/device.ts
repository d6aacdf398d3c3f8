/** This kiosk's own identity and recent errors, kept in localStorage for the staff screen. */

const ID_KEY = 'nuanxin.kioskId';
const ERRORS_KEY = 'nuanxin.errors';
const MAX_ERRORS = 20;

/** A random id made once per kiosk (replaced by the server's enrollment later). */
export function kioskId(): string {
  let id = localStorage.getItem(ID_KEY);
  if (!id) {
    id = crypto.randomUUID();
    localStorage.setItem(ID_KEY, id);
  }
  return id;
}

export interface LoggedError {
  at: string;
  message: string;
  where: string;
}

/** Log an error for staff to see; never shown to elders. Keeps the newest few. */
export function logError(error: unknown, where: string): void {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  console.error(`[nuanxin] ${where}:`, error);
  try {
    const list = recentErrors();
    list.unshift({ at: new Date().toISOString(), message: message.slice(0, 300), where });
    localStorage.setItem(ERRORS_KEY, JSON.stringify(list.slice(0, MAX_ERRORS)));
  } catch {
    // Storage full or unavailable: the console log above is all we can do.
  }
}

export function recentErrors(): LoggedError[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(ERRORS_KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as LoggedError[]) : [];
  } catch {
    return [];
  }
}
