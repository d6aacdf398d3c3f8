/**
 * The desk's two forms for a member's subsidy applications: entering one (a programme of
 * subsidies.json, the day they applied, a note), and entering the bureau's answer (approved, or
 * refused with the reason). What is plainly missing is said here in the console's language before
 * anything is sent; the server checks again and answers the member's applications.
 */
import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import type { SubsidyProgramme } from '../../shared/config/subsidies';
import { type Application, SubsidyApplicationsApi } from '../../shared/subsidies/applications-api';
import { call } from '../api/client';
import { ApiError } from '../api/http';
import { SelectField, TextArea, TextField } from '../ui/Field';
import { ErrorNote, SuccessNote } from '../ui/Notice';
import { programmeName, programmeOptions } from './programme-words';

type Saved = (applications: Application[]) => void;

/** Deciding twice has its own words: the page is behind another desk's decision. */
const errorWords = (e: unknown) =>
  e instanceof ApiError && e.code === 'already_decided'
    ? t('subsidyRegister.applications.alreadyDecided')
    : e;

export function AddApplicationForm({
  memberId,
  programmes,
  onSaved,
}: {
  memberId: string;
  programmes: readonly SubsidyProgramme[];
  onSaved: Saved;
}) {
  const [programmeId, setProgrammeId] = useState('');
  const [appliedOn, setAppliedOn] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [working, setWorking] = useState(false);

  async function save(event: Event) {
    event.preventDefault();
    setSaved(false);
    if (programmeId === '') {
      setError(t('subsidyRegister.applications.chooseProgramme'));
      return;
    }
    setError(null);
    setWorking(true);
    try {
      const answer = await call(SubsidyApplicationsApi.add, {
        params: { id: memberId },
        body: { programmeId, appliedOn: appliedOn.trim(), note },
      });
      onSaved(answer.applications);
      setSaved(true);
      setNote('');
    } catch (e) {
      setError(errorWords(e));
    } finally {
      setWorking(false);
    }
  }

  return (
    <form class="form" noValidate onSubmit={(e) => void save(e)}>
      <h3>{t('subsidyRegister.applications.add')}</h3>
      <SelectField
        label={t('subsidyRegister.applications.programme')}
        value={programmeId}
        onChange={setProgrammeId}
        options={programmeOptions(programmes)}
      />
      <TextField
        label={t('subsidyRegister.applications.appliedOn')}
        hint={t('subsidyRegister.applications.dayHint')}
        value={appliedOn}
        onInput={setAppliedOn}
      />
      <TextArea label={t('subsidyRegister.applications.note')} value={note} onInput={setNote} />
      <ErrorNote error={error} />
      {saved && <SuccessNote>{t('subsidyRegister.applications.saved')}</SuccessNote>}
      <div class="actions">
        <button type="submit" class="button button--primary" disabled={working}>
          {working ? t('console.common.saving') : t('subsidyRegister.applications.save')}
        </button>
      </div>
    </form>
  );
}

export function DecideApplicationForm({
  memberId,
  application,
  programmes,
  onSaved,
}: {
  memberId: string;
  application: Application;
  programmes: readonly SubsidyProgramme[];
  onSaved: Saved;
}) {
  const [status, setStatus] = useState<'approved' | 'refused'>('approved');
  const [decidedOn, setDecidedOn] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [working, setWorking] = useState(false);

  async function save(event: Event) {
    event.preventDefault();
    if (status === 'refused' && reason.trim() === '') {
      setError(t('subsidyRegister.applications.reasonNeeded'));
      return;
    }
    setError(null);
    setWorking(true);
    try {
      const answer = await call(SubsidyApplicationsApi.decide, {
        params: { id: memberId, applicationId: application.id },
        body: { status, decidedOn: decidedOn.trim(), reason: status === 'refused' ? reason : '' },
      });
      onSaved(answer.applications);
    } catch (e) {
      setError(errorWords(e));
    } finally {
      setWorking(false);
    }
  }

  return (
    <form class="form" noValidate onSubmit={(e) => void save(e)}>
      <h3>
        {t('subsidyRegister.applications.decideFor', {
          programme: programmeName(programmes, application.programmeId),
          day: application.appliedOn,
        })}
      </h3>
      <SelectField
        label={t('subsidyRegister.applications.outcome')}
        value={status}
        onChange={(value) => setStatus(value === 'refused' ? 'refused' : 'approved')}
        options={[
          { value: 'approved', label: t('subsidyRegister.applications.statuses.approved') },
          { value: 'refused', label: t('subsidyRegister.applications.statuses.refused') },
        ]}
      />
      <TextField
        label={t('subsidyRegister.applications.decisionDay')}
        hint={t('subsidyRegister.applications.dayHint')}
        value={decidedOn}
        onInput={setDecidedOn}
      />
      {status === 'refused' && (
        <TextArea
          label={t('subsidyRegister.applications.refuseReason')}
          value={reason}
          onInput={setReason}
        />
      )}
      <ErrorNote error={error} />
      <div class="actions">
        <button type="submit" class="button button--primary" disabled={working}>
          {working ? t('console.common.saving') : t('subsidyRegister.applications.decide')}
        </button>
      </div>
    </form>
  );
}
