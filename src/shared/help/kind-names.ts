/**
 * The names help's calls go by, apart from their schemas (kinds.ts, changes.ts): the kiosk's
 * first load stores and follows a call by these names alone, so valibot can wait until after the
 * first paint (issue #16).
 */

/** The emergency button's entry (紧急呼叫). */
export const HELP_CALL_KIND = 'help.call';
/** 呼叫工作人员's entry. */
export const STAFF_CALL_KIND = 'help.staff-call';
/** The pulled item that tells a call's state on the server. */
export const HELP_CALL_CHANGE_TYPE = 'help-call';
