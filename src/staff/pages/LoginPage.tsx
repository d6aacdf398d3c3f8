/** Sign-in: username and password; wrong pairs, locks and ended sessions said in words. */
import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import { loginNote, signIn } from '../app/session';
import { TextField } from '../ui/Field';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { ErrorNote } from '../ui/Notice';

export function LoginPage() {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [working, setWorking] = useState(false);
  const note = loginNote.value;

  async function submit(event: Event) {
    event.preventDefault();
    if (!username.trim() || !password) {
      setError(t('console.login.missing'));
      return;
    }
    setWorking(true);
    setError(null);
    try {
      await signIn(username, password);
    } catch (e) {
      setError(e);
      setPassword('');
    } finally {
      setWorking(false);
    }
  }

  return (
    <>
      <header class="topbar">
        <p class="topbar__title">{t('console.app.title')}</p>
        <LanguageSwitch />
      </header>
      <main class="login">
        <h1 tabIndex={-1}>{t('console.login.title')}</h1>
        {note && (
          <p class="notice notice--info" role="status">
            {t(note === 'expired' ? 'console.login.expired' : 'console.login.loggedOut')}
          </p>
        )}
        <form class="form" onSubmit={(e) => void submit(e)} noValidate>
          <TextField
            label={t('console.login.username')}
            name="username"
            autoComplete="username"
            value={username}
            onInput={setUsername}
          />
          <TextField
            label={t('console.login.password')}
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onInput={setPassword}
          />
          <ErrorNote error={error} />
          <button type="submit" class="button button--primary" disabled={working}>
            {working ? t('console.login.working') : t('console.login.submit')}
          </button>
        </form>
      </main>
    </>
  );
}
