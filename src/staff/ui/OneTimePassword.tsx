/** A generated password, shown big in the one answer that carries it. */
import { t } from '../../i18n';

export function OneTimePassword({ username, password }: { username: string; password: string }) {
  return (
    <section class="code-card" aria-labelledby="password-title">
      <h2 id="password-title">{t('console.staffAccounts.passwordFor', { username })}</h2>
      <p class="code-card__code code-card__code--password" data-password={password}>
        {password}
      </p>
      <p>{t('console.staffAccounts.passwordOnce')}</p>
    </section>
  );
}
