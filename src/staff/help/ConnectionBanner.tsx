/**
 * Says, prominently, when the console is not receiving live events: staff must never believe
 * they are watching for calls when they are not. The browser reconnects by itself (with the
 * last event's id, and the calls are read again on `ready`), and the banner goes away then.
 */
import { t } from '../../i18n';
import { streamState } from '../live/live';

export function ConnectionBanner() {
  const state = streamState.value;
  if (state === 'open') return null;
  return (
    <p class={`connection-banner connection-banner--${state}`} role="alert" data-stream={state}>
      {t(state === 'reconnecting' ? 'helpdesk.connection.lost' : 'helpdesk.connection.connecting')}
    </p>
  );
}
