/**
 * The rows of the bureau's lists whose ID number matched no member, oldest first: what the list
 * says (name, masked ID number, programme, what, month, amount, the list's month), and for each
 * person either 就是这位会员 (find the member by name or card) or 不是本中心会员.
 */
import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import type { SubsidyProgramme } from '../../shared/config/subsidies';
import { type QueueRow, SubsidyImportApi } from '../../shared/subsidies/import-api';
import { call } from '../api/client';
import { MembersApi } from '../api/members';
import { SelectField, TextField } from '../ui/Field';
import { ErrorNote } from '../ui/Notice';
import { programmeName } from './programme-words';
import { whatWords } from './what-words';

function Decide({ row, onDecided }: { row: QueueRow; onDecided: (words: string) => void }) {
  const [q, setQ] = useState(row.name);
  const [found, setFound] = useState<{ id: string; label: string }[] | null>(null);
  const [memberId, setMemberId] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [working, setWorking] = useState(false);

  async function act(work: () => Promise<string>) {
    setWorking(true);
    setError(null);
    try {
      onDecided(await work());
    } catch (e) {
      setError(e);
    } finally {
      setWorking(false);
    }
  }

  async function find() {
    setError(null);
    try {
      const page = await call(MembersApi.list, { query: { q: q.trim(), limit: '20' } });
      setFound(
        page.members.map((m) => ({
          id: m.id,
          label: t('subsidyRegister.queue.memberOption', { name: m.name, card: m.cardNumber }),
        })),
      );
      setMemberId(page.members[0]?.id ?? '');
    } catch (e) {
      setError(e);
    }
  }

  return (
    <div>
      <form
        class="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void find();
        }}
      >
        <TextField label={t('subsidyRegister.queue.search')} value={q} onInput={setQ} />
        <button type="submit" class="button">
          {t('subsidyRegister.queue.find')}
        </button>
      </form>
      {found && (
        <SelectField
          label={t('subsidyRegister.queue.member')}
          value={memberId}
          onChange={setMemberId}
          options={[
            { value: '', label: t('subsidyRegister.queue.choose') },
            ...found.map((m) => ({ value: m.id, label: m.label })),
          ]}
        />
      )}
      <div class="actions">
        {found && (
          <button
            type="button"
            class="button button--primary"
            disabled={working || memberId === ''}
            onClick={() =>
              void act(async () => {
                const { rows } = await call(SubsidyImportApi.match, {
                  params: { id: row.id },
                  body: { memberId },
                });
                return t('subsidyRegister.queue.matched', { rows });
              })
            }
          >
            {t('subsidyRegister.queue.match')}
          </button>
        )}
        <button
          type="button"
          class="button"
          disabled={working}
          onClick={() =>
            void act(async () => {
              const { rows } = await call(SubsidyImportApi.dismiss, { params: { id: row.id } });
              return t('subsidyRegister.queue.dismissed', { rows });
            })
          }
        >
          {t('subsidyRegister.queue.dismiss')}
        </button>
      </div>
      <ErrorNote error={error} />
    </div>
  );
}

export function QueueList({
  rows,
  total,
  programmes,
  onDecided,
}: {
  rows: QueueRow[];
  total: number;
  programmes: readonly SubsidyProgramme[];
  onDecided: (words: string) => void;
}) {
  if (rows.length === 0) return <p>{t('subsidyRegister.queue.empty')}</p>;
  return (
    <>
      {total > rows.length && (
        <p>{t('subsidyRegister.queue.total', { total, shown: rows.length })}</p>
      )}
      <div class="table-wrap">
        <table class="table" data-table="subsidy-queue">
          <thead>
            <tr>
              <th scope="col">{t('subsidyRegister.queue.listed')}</th>
              <th scope="col">{t('subsidyRegister.fields.programme')}</th>
              <th scope="col">{t('subsidyRegister.queue.what')}</th>
              <th scope="col">{t('subsidyRegister.fields.month')}</th>
              <th scope="col">{t('subsidyRegister.queue.asOf')}</th>
              <th scope="col">{t('subsidyRegister.queue.member')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>
                  {row.name}
                  <br />
                  {row.idNumber}
                </td>
                <td>{programmeName(programmes, row.programmeId)}</td>
                <td>{whatWords(row)}</td>
                <td>{row.month}</td>
                <td>
                  {row.asOf}
                  <br />
                  {t('subsidyRegister.queue.line', { line: row.line })}
                </td>
                <td>
                  <Decide row={row} onDecided={onDecided} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
