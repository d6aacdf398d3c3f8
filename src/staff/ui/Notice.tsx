/** Messages in a box: an error (announced at once), a success or news (announced politely). */
import type { ComponentChildren } from 'preact';
import { errorText } from '../app/format';

/** The words for `error`, or nothing when there is none. */
export function ErrorNote({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <p class="notice notice--error" role="alert">
      {typeof error === 'string' ? error : errorText(error)}
    </p>
  );
}

export function SuccessNote({ children }: { children: ComponentChildren }) {
  return (
    <p class="notice notice--success" role="status">
      {children}
    </p>
  );
}
