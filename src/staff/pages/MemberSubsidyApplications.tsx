/**
 * On a member's page, under their subsidy history: their applications for the centre's
 * programmes — programme, the day they applied, the outcome (with its day) and a refusal's reason —
 * and, for the desk that may write (subsidies.register.write), forms to enter one and to enter
 * the bureau's answer. Only for the desk's roles (subsidies.register.read).
 */
import { useEffect, useState } from 'preact/hooks';
import { runtimeKey, t } from '../../i18n';
import type { SubsidyProgramme } from '../../shared/config/subsidies';
import { type Application, SubsidyApplicationsApi } from '../../shared/subsidies/applications-api';
import { call } from '../api/client';
import { allowed } from '../app/access';
import { readCentreConfig } from '../app/centre-config';
import { AddApplicationForm, DecideApplicationForm } from '../subsidies/application-forms';
import { programmeName } from '../subsidies/programme-words';
import { ErrorNote, SuccessNote } from '../ui/Notice';

function statusWords(a: Application): string {
  const status = t(runtimeKey(`subsidyRegister.applications.statuses.${a.status}`));
  return a.decidedOn
    ? t('subsidyRegister.applications.decidedOn', { status, day: a.decidedOn })
    : status;
}

export function MemberSubsidyApplications({ memberId }: { memberId: string }) {
  const [applications, setApplications] = useState<Application[] | null>(null);
  const [programmes, setProgrammes] = useState<SubsidyProgramme[]>([]);
  const [deciding, setDeciding] = useState<string | null>(null);
  const [decided, setDecided] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const may = allowed('subsidies.register.read');
  const mayWrite = allowed('subsidies.register.write');

  useEffect(() => {
    if (!may) return;
    readCentreConfig().then((c) => setProgrammes(c.subsidies?.programmes ?? []), setError);
    call(SubsidyApplicationsApi.list, { params: { id: memberId } }).then(
      (answer) => setApplications(answer.applications),
      setError,
    );
  }, [memberId, may]);

  if (!may) return null;
  const open = applications?.find((a) => a.id === deciding && a.status === 'applied');
  return (
    <section aria-labelledby="member-subsidy-applications-title">
      <h2 id="member-subsidy-applications-title">{t('subsidyRegister.applications.title')}</h2>
      <ErrorNote error={error} />
      {applications?.length === 0 && <p>{t('subsidyRegister.applications.none')}</p>}
      {applications && applications.length > 0 && (
        <div class="table-wrap">
          <table class="table" data-table="subsidy-applications">
            <thead>
              <tr>
                <th scope="col">{t('subsidyRegister.applications.programme')}</th>
                <th scope="col">{t('subsidyRegister.applications.appliedOn')}</th>
                <th scope="col">{t('subsidyRegister.applications.status')}</th>
                <th scope="col">{t('subsidyRegister.applications.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {applications.map((a) => (
                <tr key={a.id}>
                  <td>{programmeName(programmes, a.programmeId)}</td>
                  <td>
                    {a.appliedOn}
                    <br />
                    {t('subsidyRegister.applications.by', { name: a.by })}
                  </td>
                  <td>
                    {statusWords(a)}
                    {mayWrite && a.status === 'applied' && (
                      <>
                        <br />
                        <button
                          type="button"
                          class="button button--quiet"
                          aria-expanded={deciding === a.id}
                          onClick={() => {
                            setDecided(false);
                            setDeciding(a.id);
                          }}
                        >
                          {t('subsidyRegister.applications.decide')}
                        </button>
                      </>
                    )}
                  </td>
                  <td>
                    {a.reason}
                    {a.reason && a.note && <br />}
                    {a.note}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {decided && <SuccessNote>{t('subsidyRegister.applications.decided')}</SuccessNote>}
      {mayWrite && open && (
        <DecideApplicationForm
          key={open.id}
          memberId={memberId}
          application={open}
          programmes={programmes}
          onSaved={(list) => {
            setApplications(list);
            setDeciding(null);
            setDecided(true);
          }}
        />
      )}
      {mayWrite && applications && (
        <AddApplicationForm
          memberId={memberId}
          programmes={programmes}
          onSaved={(list) => {
            setApplications(list);
            setDecided(false);
          }}
        />
      )}
    </section>
  );
}
