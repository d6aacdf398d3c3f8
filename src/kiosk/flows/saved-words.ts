/**
 * What a flow's "saved" screen shows and says for where the last save has got to (saving.ts),
 * the same states for every flow, each in the flow's own words: `area` is its i18n area
 * ("meals.saved", "help.sent"), holding `storing`, `failed.what` / `failed.next`, `spoken`, and
 * per action (`book`, `request`, `cancel`…) `sending`, `done`, `doneDetail`, `queued`,
 * `queuedDetail` and `refused`.
 */
import { useEffect } from 'preact/hooks';
import { localText, runtimeKey, t } from '../../i18n';
import { say } from '../app/speech';
import type { SavedAction } from './saving';

export interface SavedWords {
  kind: 'wait' | 'ok' | 'queued' | 'refused' | 'failed';
  message: string;
  detail?: string;
}

/** The words for where the save has got to. */
export function savedWords(area: string, saved: SavedAction<string> | null): SavedWords {
  const phase = saved?.phase;
  if (!saved || !phase || phase.kind === 'storing')
    return { kind: 'wait', message: t(runtimeKey(`${area}.storing`)) };
  const prefix = `${area}.${saved.action}`;
  if (phase.kind === 'sending')
    return { kind: 'wait', message: t(runtimeKey(`${prefix}.sending`)) };
  if (phase.kind === 'failed')
    return {
      kind: 'failed',
      message: t(runtimeKey(`${area}.failed.what`)),
      detail: t(runtimeKey(`${area}.failed.next`)),
    };
  const { outcome } = phase;
  if (outcome.status === 'sent')
    return {
      kind: 'ok',
      message: t(runtimeKey(`${prefix}.done`)),
      detail: t(runtimeKey(`${prefix}.doneDetail`)),
    };
  if (outcome.status === 'saved')
    return {
      kind: 'queued',
      message: t(runtimeKey(`${prefix}.queued`)),
      detail: t(runtimeKey(`${prefix}.queuedDetail`)),
    };
  return {
    kind: 'refused',
    message: t(runtimeKey(`${prefix}.refused`)),
    detail: localText(outcome.result.reason.message),
  };
}

/**
 * The words for the screen, each new state said as it arrives (the entry is stored, then
 * answered or left to wait), message and detail together as the area's `spoken` puts them, and
 * then the flow's `summary` of what was saved, if it gives one.
 */
export function useSavedWords(
  area: string,
  saved: SavedAction<string> | null,
  summary?: string,
): SavedWords {
  const words = savedWords(area, saved);
  const said = words.detail
    ? t(runtimeKey(`${area}.spoken`), { message: words.message, detail: words.detail })
    : words.message;
  // Once saved (or saved to send), the flow's summary of what was saved is said after it.
  const spoken =
    summary && (words.kind === 'ok' || words.kind === 'queued') ? `${said} ${summary}` : said;
  useEffect(() => say(spoken), [spoken]);
  return words;
}
