/**
 * On a member's page: their resident ID number, which the bureau's lists are matched on. Shown
 * masked ("110105********1234"); the whole number only after 显示完整号码, for the roles the role
 * map allows (each reveal is audited on the server). Checked here with the same rule as the
 * server (idNumberProblem), the problem said beside the field.
 */
import { useEffect, useState } from 'preact/hooks';
import { runtimeKey, t } from '../../i18n';
import { type IdNumberProblem, idNumberProblem } from '../../shared/members/id-number';
import { MemberIdNumberApi } from '../../shared/members/id-number-api';
import { call } from '../api/client';
import { allowed } from '../app/access';
import { TextField } from '../ui/Field';
import { ErrorNote, SuccessNote } from '../ui/Notice';

const problemWords = (p: IdNumberProblem) => t(runtimeKey(`subsidyRegister.idNumber.problem.${p}`));

export function MemberIdNumber({ memberId }: { memberId: string }) {
  const [shown, setShown] = useState<{ idNumber: string | null; masked: boolean } | null>(null);
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<IdNumberProblem | undefined>();
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [working, setWorking] = useState(false);
  const may = allowed('members.idNumber');
  const mayReveal = allowed('members.idNumber.reveal');

  useEffect(() => {
    if (!may) return;
    call(MemberIdNumberApi.get, { params: { id: memberId } }).then(setShown, setError);
  }, [memberId, may]);

  if (!may) return null;

  async function reveal(whole: boolean) {
    setError(null);
    try {
      setShown(
        await call(MemberIdNumberApi.get, {
          params: { id: memberId },
          query: { reveal: whole ? '1' : '0' },
        }),
      );
    } catch (e) {
      setError(e);
    }
  }

  async function save(idNumber: string | null) {
    setSaved(false);
    const found = idNumber === null ? undefined : idNumberProblem(idNumber);
    setProblem(found);
    if (found) return;
    setWorking(true);
    setError(null);
    try {
      setShown(await call(MemberIdNumberApi.put, { params: { id: memberId }, body: { idNumber } }));
      setTyped('');
      setSaved(true);
    } catch (e) {
      setError(e);
    } finally {
      setWorking(false);
    }
  }

  return (
    <section aria-labelledby="member-id-number-title">
      <h2 id="member-id-number-title">{t('subsidyRegister.idNumber.title')}</h2>
      <p>{t('subsidyRegister.idNumber.hint')}</p>
      {shown === null && !error && <p>{t('console.common.loading')}</p>}
      {shown && (
        <p class="id-number" data-testid="id-number">
          {shown.idNumber ?? t('subsidyRegister.idNumber.none')}
        </p>
      )}
      {shown?.idNumber && mayReveal && (
        <div class="actions">
          <button type="button" class="button" onClick={() => void reveal(shown.masked)}>
            {shown.masked
              ? t('subsidyRegister.idNumber.reveal')
              : t('subsidyRegister.idNumber.hide')}
          </button>
        </div>
      )}
      <form
        class="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save(typed);
        }}
      >
        <TextField
          label={t('subsidyRegister.idNumber.label')}
          hint={t('subsidyRegister.idNumber.fieldHint')}
          value={typed}
          autoComplete="off"
          onInput={(value) => {
            setTyped(value);
            setSaved(false);
          }}
          error={problem && problemWords(problem)}
        />
        <ErrorNote error={error} />
        {saved && <SuccessNote>{t('subsidyRegister.idNumber.saved')}</SuccessNote>}
        <div class="actions">
          <button type="submit" class="button button--primary" disabled={working}>
            {working ? t('console.common.saving') : t('subsidyRegister.idNumber.save')}
          </button>
          {shown?.idNumber && (
            <button type="button" class="button" disabled={working} onClick={() => void save(null)}>
              {t('subsidyRegister.idNumber.clear')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
