/**
 * After 是: what is true, shown and spoken. The entry is on disk before this says anything; then
 * "订好了" only once the server accepted it, "已经记下了，联网后会自动送到食堂" when it could not
 * be reached, or the server's reason when it refused (told now, so acknowledged with 知道了).
 */
import './meals.css';
import { useEffect } from 'preact/hooks';
import { localText, t } from '../../../i18n';
import { KioskScreen } from '../../app/frame/KioskScreen';
import { replace } from '../../app/router';
import { finishTask } from '../../app/session';
import { say } from '../../app/speech';
import { BigButton, Icon, Problem, Success } from '../../ui';
import { identifiedMember } from '../identify/identify';
import { lastSaved, type SavedAction } from './draft';
import { acknowledge } from './save';

interface Words {
  kind: 'wait' | 'ok' | 'queued' | 'refused' | 'failed';
  message: string;
  detail?: string;
}

/** The words for where the save has got to. */
export function savedWords(saved: SavedAction | null): Words {
  const prefix = saved?.action === 'cancel' ? 'meals.saved.cancel' : 'meals.saved.book';
  const phase = saved?.phase;
  if (!phase || phase.kind === 'sending')
    return saved?.entryId
      ? { kind: 'wait', message: t(`${prefix}.sending`) }
      : { kind: 'wait', message: t('meals.saved.storing') };
  if (phase.kind === 'failed')
    return {
      kind: 'failed',
      message: t('meals.saved.failed.what'),
      detail: t('meals.saved.failed.next'),
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

export function MealsSavedScreen() {
  const saved = lastSaved.value;
  const words = savedWords(saved);
  const spoken = words.detail
    ? t('meals.saved.spoken', { message: words.message, detail: words.detail })
    : words.message;
  // Each new state is said as it arrives (the entry is stored, then answered or left to wait).
  useEffect(() => say(spoken), [spoken]);
  const member = identifiedMember.value;
  const toStart = () => replace('meals');
  return (
    <KioskScreen title={t('meals.saved.title')}>
      {words.kind === 'wait' && (
        <section class="meals-wait" role="status">
          <span class="meals-wait__icon">
            <Icon name="clock" />
          </span>
          <h2 class="meals-wait__message">{words.message}</h2>
        </section>
      )}
      {(words.kind === 'ok' || words.kind === 'queued') && (
        <>
          <Success message={words.message} {...(words.detail ? { detail: words.detail } : {})} />
          <div class="action-row">
            <BigButton
              icon="list"
              variant="secondary"
              label={t('meals.saved.mine')}
              onPress={() => replace('meals-mine')}
            />
            {/* Done: the elder is forgotten, so the next 订餐 asks for a card again. */}
            <BigButton icon="check" label={t('meals.saved.finish')} onPress={finishTask} />
          </div>
        </>
      )}
      {words.kind === 'refused' && (
        <Problem
          what={words.message}
          next={words.detail ?? ''}
          action={{
            label: t('meals.notice.ok'),
            onPress: () => {
              const id = saved?.entryId;
              // Told here and now: the next identification need not tell it again.
              if (member && id && saved?.action === 'book')
                void acknowledge(member.id, [{ id, localOnly: true }]).catch(() => undefined);
              toStart();
            },
          }}
        />
      )}
      {words.kind === 'failed' && (
        <Problem
          what={words.message}
          next={words.detail ?? ''}
          action={{
            label: t('meals.saved.callStaff'),
            icon: 'phone',
            onPress: () => replace('call-staff'),
          }}
        />
      )}
    </KioskScreen>
  );
}
