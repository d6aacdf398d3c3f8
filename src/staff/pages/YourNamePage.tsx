/**
 * Asked once, before anything else, of an account whose name the server made up (the first
 * admin, seeded as "管理员"): the kiosk says the name of whoever takes an elder's call, so it has
 * to be a name the elder knows.
 */
import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import { StaffApi } from '../../shared/staff/api';
import { call } from '../api/client';
import { me } from '../app/session';
import { TextField } from '../ui/Field';
import { ErrorNote } from '../ui/Notice';
import { fieldMessage, localInvalid } from '../ui/problems';

export function YourNamePage({ current }: { current: string }) {
  const [name, setName] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [working, setWorking] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    if (!name.trim()) {
      setError(localInvalid([{ path: 'name', message: t('console.yourName.empty') }]));
      return;
    }
    setWorking(true);
    setError(null);
    try {
      me.value = (await call(StaffApi.setOwnName, { body: { name } })).staff;
    } catch (e) {
      setError(e);
      setWorking(false);
    }
  }

  return (
    <>
      <h1 tabIndex={-1}>{t('console.yourName.title')}</h1>
      <p class="page-intro">{t('console.yourName.why', { name: current })}</p>
      <form class="form" onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          label={t('console.yourName.label')}
          hint={t('console.yourName.hint')}
          value={name}
          onInput={setName}
          autoComplete="name"
          error={fieldMessage(error, 'name')}
        />
        <ErrorNote error={error} />
        <div class="actions">
          <button type="submit" class="button button--primary" disabled={working}>
            {working ? t('console.common.saving') : t('console.yourName.save')}
          </button>
        </div>
      </form>
    </>
  );
}
