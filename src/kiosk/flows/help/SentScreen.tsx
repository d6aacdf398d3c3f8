/**
 * After 是: what is true, shown and said. The entry is on disk before this says anything; then
 * "sent" only once the server accepted it, "saved, will be sent" when it could not be reached, or
 * the server's reason when it refused.
 */
import './help.css';
import { useEffect } from 'preact/hooks';
import { localText, t } from '../../../i18n';
import { KioskScreen } from '../../app/frame/KioskScreen';
import { navigate, replace } from '../../app/router';
import { finishTask } from '../../app/session';
import { say } from '../../app/speech';
import { BigButton, Icon, Problem, Success } from '../../ui';
import { identifiedMember } from '../identify/identify';
import { lastSaved, type SavedRequest } from './draft';

interface Words {
  kind: 'wait' | 'ok' | 'queued' | 'refused' | 'failed';
  message: string;
  detail?: string;
}

/** The words for where the save has got to. */
export function sentWords(saved: SavedRequest | null): Words {
  const prefix = saved?.action === 'cancel' ? 'help.sent.cancel' : 'help.sent.request';
  const phase = saved?.phase;
  if (!phase || phase.kind === 'storing') return { kind: 'wait', message: t('help.sent.storing') };
  if (phase.kind === 'sending') return { kind: 'wait', message: t(`${prefix}.sending`) };
  if (phase.kind === 'failed')
    return {
      kind: 'failed',
      message: t('help.sent.failed.what'),
      detail: t('help.sent.failed.next'),
    };
  const { outcome } = phase;
  if (outcome.status === 'sent')
    return { kind: 'ok', message: t(`${prefix}.done`), detail: t(`${prefix}.doneDetail`) };
  if (outcome.status === 'saved')
    return { kind: 'queued', message: t(`${prefix}.queued`), detail: t(`${prefix}.queuedDetail`) };
  return {
    kind: 'refused',
    message: t(`${prefix}.refused`),
    detail: localText(outcome.result.reason.message),
  };
}

export function SentScreen() {
  const words = sentWords(lastSaved.value);
  const spoken = words.detail
    ? t('help.sent.spoken', { message: words.message, detail: words.detail })
    : words.message;
  useEffect(() => say(spoken), [spoken]);
  const member = identifiedMember.value;
  return (
    <KioskScreen title={t('help.sent.title')}>
      {words.kind === 'wait' && (
        <p class="help-hint" role="status">
          <Icon name="clock" /> {words.message}
        </p>
      )}
      {(words.kind === 'ok' || words.kind === 'queued') && (
        <>
          <Success message={words.message} {...(words.detail ? { detail: words.detail } : {})} />
          <div class="action-row">
            {member && (
              <BigButton
                icon="list"
                variant="secondary"
                label={t('help.sent.mine')}
                onPress={() => replace('help-mine')}
              />
            )}
            {/* Done: the elder is forgotten, so the next 我的请求 asks for a card again. */}
            <BigButton icon="check" label={t('help.sent.finish')} onPress={finishTask} />
          </div>
        </>
      )}
      {words.kind === 'refused' && (
        <Problem
          what={words.message}
          next={words.detail ?? ''}
          // Told and acknowledged: this request is finished with too.
          action={{ label: t('help.sent.ok'), onPress: finishTask }}
        />
      )}
      {words.kind === 'failed' && (
        <Problem
          what={words.message}
          next={words.detail ?? ''}
          action={{
            label: t('help.sent.callStaff'),
            icon: 'phone',
            onPress: () => navigate('call-staff'),
          }}
        />
      )}
    </KioskScreen>
  );
}
