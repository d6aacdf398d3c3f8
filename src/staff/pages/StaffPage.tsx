/** Staff accounts (admin): list, rename, change role, disable/enable, reset a password (shown once). */

import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { hrefOf } from '../../shared/api/contract';
import { type StaffAccountView as StaffAccount, StaffApi } from '../../shared/staff/api';
import { STAFF_ROLES, type StaffRole } from '../../shared/staff/roles';
import { call } from '../api/client';
import { dateTime } from '../app/format';
import { href } from '../app/router';
import { me } from '../app/session';
import { TextField } from '../ui/Field';
import { ErrorNote } from '../ui/Notice';
import { OneTimePassword } from '../ui/OneTimePassword';
import { ListTable } from '../ui/Pager';
import { fieldMessage } from '../ui/problems';

type Pending = { kind: 'reset' | 'disable'; account: StaffAccount };

export function StaffPage() {
  const [accounts, setAccounts] = useState<StaffAccount[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [password, setPassword] = useState<{ username: string; password: string } | null>(null);
  const [changed, setChanged] = useState<StaffAccount | null>(null);
  const [renaming, setRenaming] = useState<{ account: StaffAccount; name: string } | null>(null);
  const [renamed, setRenamed] = useState<StaffAccount | null>(null);

  useEffect(() => {
    call(StaffApi.accounts).then((answer) => setAccounts(answer.accounts), setError);
  }, []);

  const replace = (account: StaffAccount) =>
    setAccounts((list) => list?.map((a) => (a.id === account.id ? account : a)) ?? null);

  /** A new role ends the account's sessions (the server does that), so it applies at next sign-in. */
  async function changeRole(account: StaffAccount, role: StaffRole) {
    setError(null);
    setChanged(null);
    try {
      const params = { id: account.id };
      const answer = await call(StaffApi.setRole, { params, body: { role } });
      replace(answer.account);
      setChanged(answer.account);
    } catch (e) {
      setError(e);
    }
  }

  /** The name the kiosk says to elders when this person takes a call, so it must be right. */
  async function rename(event: Event) {
    event.preventDefault();
    if (!renaming) return;
    setError(null);
    try {
      const params = { id: renaming.account.id };
      const answer = await call(StaffApi.rename, { params, body: { name: renaming.name } });
      replace(answer.account);
      setRenamed(answer.account);
      setRenaming(null);
      if (answer.account.id === me.value?.id && me.value)
        me.value = { ...me.value, name: answer.account.name, nameConfirmed: true };
    } catch (e) {
      setError(e);
    }
  }

  async function act(what: 'reset' | 'disable' | 'enable', account: StaffAccount) {
    setError(null);
    setPassword(null);
    try {
      const params = { id: account.id };
      if (what === 'reset') {
        const answer = await call(StaffApi.resetPassword, { params, body: {} });
        replace(answer.account);
        if (answer.password) setPassword({ username: account.username, password: answer.password });
      } else {
        replace(
          (await call(what === 'disable' ? StaffApi.disable : StaffApi.enable, { params })).account,
        );
      }
    } catch (e) {
      setError(e);
    } finally {
      setPending(null);
    }
  }

  return (
    <>
      <div class="page-head">
        <h1 tabIndex={-1}>{t('console.staffAccounts.title')}</h1>
        <div class="actions">
          <a class="button button--primary" href={href('staff', 'new')}>
            {t('console.staffAccounts.add')}
          </a>
          <a class="button" href={hrefOf(StaffApi.accounts, { query: { format: 'csv' } })} download>
            {t('console.common.exportCsv')}
          </a>
        </div>
      </div>
      <ErrorNote error={error} />
      {password && <OneTimePassword {...password} />}
      {changed && (
        <p class="notice notice--success" role="status">
          {t('console.staffAccounts.roleChanged', {
            name: changed.name,
            role: t(`console.roles.${changed.role}`),
          })}
        </p>
      )}
      {renamed && (
        <p class="notice notice--success" role="status">
          {t('console.staffAccounts.renamed', { name: renamed.name })}
        </p>
      )}
      {renaming && (
        <form
          class="inline-edit form"
          aria-labelledby="staff-rename"
          onSubmit={(e) => void rename(e)}
          noValidate
        >
          <h2 id="staff-rename">
            {t('console.staffAccounts.renameName', { name: renaming.account.name })}
          </h2>
          <TextField
            label={t('console.staffAccounts.renameLabel', { name: renaming.account.name })}
            value={renaming.name}
            onInput={(name) => setRenaming({ ...renaming, name })}
            autoComplete="off"
            error={fieldMessage(error, 'name')}
          />
          <div class="actions">
            <button type="submit" class="button button--primary">
              {t('console.staffAccounts.renameSave')}
            </button>
            <button type="button" class="button" onClick={() => setRenaming(null)}>
              {t('console.common.cancel')}
            </button>
          </div>
        </form>
      )}
      {pending && (
        <div class="confirm" role="alertdialog" aria-labelledby="staff-question">
          <p id="staff-question">
            {pending.kind === 'reset'
              ? t('console.staffAccounts.confirmReset', { name: pending.account.name })
              : t('console.staffAccounts.confirmDisable', { name: pending.account.name })}
          </p>
          <div class="actions">
            <button
              type="button"
              class="button button--danger"
              onClick={() => void act(pending.kind, pending.account)}
            >
              {pending.kind === 'reset'
                ? t('console.staffAccounts.confirmResetButton')
                : t('console.staffAccounts.confirmDisableButton')}
            </button>
            <button type="button" class="button" onClick={() => setPending(null)}>
              {t('console.common.cancel')}
            </button>
          </div>
        </div>
      )}
      <ListTable
        items={accounts}
        error={error}
        empty={t('console.staffAccounts.none')}
        columns={[
          t('console.staffAccounts.name'),
          t('console.staffAccounts.username'),
          t('console.staffAccounts.role'),
          t('console.staffAccounts.state'),
          t('console.common.actions'),
        ]}
        row={(a) => {
          const self = a.id === me.value?.id;
          return (
            <tr key={a.id}>
              <th scope="row">
                {a.name} {self && t('console.staffAccounts.you')}
              </th>
              <td>{a.username}</td>
              <td>
                {self ? (
                  t(`console.roles.${a.role}`)
                ) : (
                  <select
                    class="select"
                    aria-label={t('console.staffAccounts.roleOf', { name: a.name })}
                    value={a.role}
                    onChange={(e) =>
                      void changeRole(a, (e.currentTarget as HTMLSelectElement).value as StaffRole)
                    }
                  >
                    {STAFF_ROLES.map((r) => (
                      <option key={r} value={r}>
                        {t(`console.roles.${r}`)}
                      </option>
                    ))}
                  </select>
                )}
              </td>
              <td>
                {a.disabled
                  ? t('console.staffAccounts.disabled')
                  : a.lockedUntil
                    ? t('console.staffAccounts.locked', { time: dateTime(a.lockedUntil) })
                    : t('console.staffAccounts.enabled')}
              </td>
              <td>
                <div class="actions actions--row">
                  <button
                    type="button"
                    class="button"
                    aria-label={t('console.staffAccounts.renameName', { name: a.name })}
                    onClick={() => {
                      setRenamed(null);
                      setRenaming({ account: a, name: a.name });
                    }}
                  >
                    {t('console.staffAccounts.rename')}
                  </button>
                  <button
                    type="button"
                    class="button"
                    aria-label={t('console.staffAccounts.resetName', { name: a.name })}
                    onClick={() => setPending({ kind: 'reset', account: a })}
                  >
                    {t('console.staffAccounts.reset')}
                  </button>
                  {a.disabled ? (
                    <button
                      type="button"
                      class="button"
                      aria-label={t('console.staffAccounts.enableName', { name: a.name })}
                      onClick={() => void act('enable', a)}
                    >
                      {t('console.staffAccounts.enable')}
                    </button>
                  ) : (
                    !self && (
                      <button
                        type="button"
                        class="button button--danger-quiet"
                        aria-label={t('console.staffAccounts.disableName', { name: a.name })}
                        onClick={() => setPending({ kind: 'disable', account: a })}
                      >
                        {t('console.staffAccounts.disable')}
                      </button>
                    )
                  )}
                </div>
              </td>
            </tr>
          );
        }}
      />
    </>
  );
}
