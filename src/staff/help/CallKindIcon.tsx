/**
 * The sign beside a call's kind, so an emergency and a call for staff differ in shape as well as
 * in words and colour: a warning triangle for an emergency, a raised hand for "please come".
 * Decorative: the words next to it say the same.
 */
import type { HelpCallKind } from '../../shared/help/changes';

export function CallKindIcon({ kind }: { kind: HelpCallKind }) {
  return (
    <svg
      class={`call-kind-icon call-kind-icon--${kind}`}
      viewBox="0 0 24 24"
      width="1em"
      height="1em"
      aria-hidden="true"
      focusable="false"
    >
      {kind === 'emergency' ? (
        <path fill="currentColor" d="M12 2 1 21h22L12 2Zm1 15h-2v-2h2v2Zm0-4h-2V9h2v4Z" />
      ) : (
        <path
          fill="currentColor"
          d="M12 1.5a1.5 1.5 0 0 1 1.5 1.5v7h1V4.5a1.5 1.5 0 0 1 3 0V11h1V7a1.5 1.5 0 0 1 3 0v8.5a7.5 7.5 0 0 1-7.5 7.5h-1A7 7 0 0 1 6 20l-3.6-4.6a1.5 1.5 0 0 1 2.3-1.9L7.5 16V5a1.5 1.5 0 0 1 3 0v5h0V3A1.5 1.5 0 0 1 12 1.5Z"
        />
      )}
    </svg>
  );
}
