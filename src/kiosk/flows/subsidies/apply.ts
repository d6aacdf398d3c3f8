/**
 * 帮我申请 at the kiosk: the identified elder asks for an appointment with the centre's 养老服务
 * 顾问 to apply for a programme. Saved through the flows' one way (../saving.ts): on disk before
 * any screen says so, once per double tap, then watched so the "applied" screen says only what is
 * true. What was asked for this session is kept in memory, so 我的补贴 shows it as asked; all of
 * it goes with the session.
 */
import { signal } from '@preact/signals';
import { SUBSIDY_APPLY } from '../../../shared/subsidies/apply';
import { onSessionEnd } from '../../app/session';
import { type SavedAction, saveAndWatch, store } from '../saving';

/** What became of the last 帮我申请, for the "applied" screen. */
export const lastApply = signal<SavedAction<'apply'> | null>(null);

/** The programme the last 帮我申请 was for. */
export const applyingFor = signal<string | null>(null);

/** The programmes asked for in this session (shown as asked on 我的补贴). */
export const appliedThisSession = signal<readonly string[]>([]);

onSessionEnd(() => {
  lastApply.value = null;
  applyingFor.value = null;
  appliedThisSession.value = [];
});

/** Ask for help applying for `programmeId`; resolves once the screen can say where it got to. */
export async function saveApply(memberId: string, programmeId: string): Promise<void> {
  applyingFor.value = programmeId;
  await saveAndWatch(lastApply, 'subsidies', 'apply', () =>
    store(SUBSIDY_APPLY, `${memberId}:${programmeId}`, { memberId, programmeId }, memberId),
  );
  // Still this session's save (the session did not end meanwhile), stored and not refused.
  const saved = lastApply.value;
  if (!saved?.entryId || applyingFor.value !== programmeId) return;
  const phase = saved.phase;
  if (phase.kind === 'failed' || (phase.kind === 'done' && phase.outcome.status === 'rejected'))
    return;
  if (!appliedThisSession.value.includes(programmeId))
    appliedThisSession.value = [...appliedThisSession.value, programmeId];
}
