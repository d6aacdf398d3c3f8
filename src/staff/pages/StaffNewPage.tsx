/** Add a staff account (admin): the generated password is shown once, here. */
import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import { type StaffAccountView as StaffAccount, StaffApi } from '../../shared/staff/api';
import { STAFF_ROLES, type StaffRole } from '../../shared/staff/roles';
import { call } from '../api/client';
import { href } from '../app/router';
import { SelectField, TextField } from '../ui/Field';
import { ErrorNote, SuccessNote } from '../ui/Notice';
import { OneTimePassword } from '../ui/OneTimePassword';
import { fieldMessage } from '../ui/problems';

export function StaffNewPage() {
  const [name, setName] = useState('');
  const [username, setUsername] = useState('');
  const [role, setRole] = useState<StaffRole>('staff');
  const [error, setError] = useState<unknown>(null);
  const [working, setWorking] = useState(false);
  const [made, setMade] = useState<{ account: StaffAccount; password: string | null } | null>(null);

  async function submit(event: Event) {
    event.preventDefault();
    setWorking(true);
    setError(null);
    try {
      setMade(await call(StaffApi.addAccount, { body: { name, username, role } }));
    } catch (e) {
      setError(e);
    } finally {
      setWorking(false);
    }
  }

  if (made)
    return (
      <>
        <h1 tabIndex={-1}>{t('console.staffAccounts.newTitle')}</h1>
        <SuccessNote>{t('console.staffAccounts.created', { name: made.account.name })}</SuccessNote>
        {made.password && (
          <OneTimePassword username={made.account.username} password={made.password} />
        )}
        <div class="actions">
          <a class="button button--primary" href={href('staff')}>
            {t('console.enroll.done')}
          </a>
        </div>
      </>
    );

  return (
    <>
      <h1 tabIndex={-1}>{t('console.staffAccounts.newTitle')}</h1>
      <form class="form" onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          label={t('console.staffAccounts.name')}
          value={name}
          onInput={setName}
          error={fieldMessage(error, 'name')}
        />
        <TextField
          label={t('console.staffAccounts.username')}
          hint={t('console.staffAccounts.usernameHint')}
          value={username}
          onInput={setUsername}
          autoComplete="off"
          error={fieldMessage(error, 'username')}
        />
        <SelectField
          label={t('console.staffAccounts.role')}
          value={role}
          onChange={(value) => setRole(value as StaffRole)}
          options={STAFF_ROLES.map((r) => ({ value: r, label: t(`console.roles.${r}`) }))}
          error={fieldMessage(error, 'role')}
        />
        <ErrorNote error={error} />
        <div class="actions">
          <button type="submit" class="button button--primary" disabled={working}>
            {working ? t('console.common.saving') : t('console.staffAccounts.add')}
          </button>
          <a class="button" href={href('staff')}>
            {t('console.common.cancel')}
          </a>
        </div>
      </form>
    </>
  );
}
