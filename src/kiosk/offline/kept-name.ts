/** The IndexedDB database of sent entries kept to resend after a restore (kept.ts), by name alone, so boot can delete it without loading idb. */
export const KEPT_DB_NAME = 'nuanxin-kept';
