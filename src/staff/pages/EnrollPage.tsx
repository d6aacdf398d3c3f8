/** Enroll a kiosk (admin): name and place → a one-time 8-digit code, big, with the kiosk's steps. */
import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import { type EnrollmentCode, KiosksApi } from '../../shared/kiosks/api';
import { call } from '../api/client';
import { dateTime, groupedCode } from '../app/format';
import { href } from '../app/router';
import { TextField } from '../ui/Field';
import { ErrorNote } from '../ui/Notice';
import { fieldMessage } from '../ui/problems';

export function EnrollPage() {
  const [name, setName] = useState('');
  const [location, setLocation] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [working, setWorking] = useState(false);
  const [made, setMade] = useState<EnrollmentCode | null>(null);

  async function submit(event: Event) {
    event.preventDefault();
    setWorking(true);
    setError(null);
    try {
      setMade(
        await call(KiosksApi.newEnrollmentCode, {
          body: { name, ...(location.trim() ? { location } : {}) },
        }),
      );
    } catch (e) {
      setError(e);
    } finally {
      setWorking(false);
    }
  }

  if (made)
    return (
      <>
        <h1 tabIndex={-1}>{t('console.enroll.title')}</h1>
        <section class="code-card" aria-labelledby="code-title">
          <h2 id="code-title">{t('console.enroll.code', { name: made.name })}</h2>
          <p class="code-card__code" data-code={made.code}>
            {groupedCode(made.code)}
          </p>
          <p>{t('console.enroll.expires', { time: dateTime(made.expiresAt) })}</p>
          <h3>{t('console.enroll.steps')}</h3>
          <ol class="steps">
            <li>{t('console.enroll.step1')}</li>
            <li>{t('console.enroll.step2', { pin: t('staff.pin.label') })}</li>
            <li>{t('console.enroll.step3', { button: t('staff.screen.enroll') })}</li>
          </ol>
          <p>{t('console.enroll.watch')}</p>
        </section>
        <div class="actions">
          <button
            type="button"
            class="button"
            onClick={() => {
              setMade(null);
              setName('');
              setLocation('');
            }}
          >
            {t('console.enroll.another')}
          </button>
          <a class="button button--primary" href={href('kiosks')}>
            {t('console.enroll.done')}
          </a>
        </div>
      </>
    );

  return (
    <>
      <h1 tabIndex={-1}>{t('console.enroll.title')}</h1>
      <form class="form" onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          label={t('console.enroll.name')}
          value={name}
          onInput={setName}
          error={fieldMessage(error, 'name')}
        />
        <TextField
          label={t('console.enroll.location')}
          value={location}
          onInput={setLocation}
          error={fieldMessage(error, 'location')}
        />
        <ErrorNote error={error} />
        <div class="actions">
          <button type="submit" class="button button--primary" disabled={working}>
            {working ? t('console.enroll.working') : t('console.enroll.submit')}
          </button>
          <a class="button" href={href('kiosks')}>
            {t('console.common.cancel')}
          </a>
        </div>
      </form>
    </>
  );
}
