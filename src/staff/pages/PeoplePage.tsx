/**
 * 上门服务人员 (admin): the people who work for the centre without a console account. Field
 * workers can be given a service request (the kiosk tells the elder "李师傅 上门"); volunteers are
 * kept here for the classes. Nobody is deleted: someone who stopped is made inactive, so old
 * requests still name them.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { PERSON_KINDS, PeopleApi, type Person, type PersonKind } from '../../shared/people/api';
import { call } from '../api/client';
import { Checkbox, SelectField, TextField } from '../ui/Field';
import { ErrorNote } from '../ui/Notice';
import { ListTable } from '../ui/Pager';
import { fieldMessage } from '../ui/problems';

type Draft = { name: string; phone: string; kind: PersonKind; active: boolean };

const kindOptions = () =>
  PERSON_KINDS.map((k) => ({ value: k, label: t(`console.people.kinds.${k}`) }));

function PersonForm({
  title,
  draft,
  error,
  withActive,
  submitLabel,
  onChange,
  onSubmit,
  onCancel,
}: {
  title: string;
  draft: Draft;
  error: unknown;
  withActive: boolean;
  submitLabel: string;
  onChange: (draft: Draft) => void;
  onSubmit: () => void;
  onCancel?: () => void;
}) {
  return (
    <form
      class="inline-edit form"
      aria-label={title}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
      noValidate
    >
      <h2>{title}</h2>
      <TextField
        label={t('console.people.name')}
        hint={t('console.people.nameHint')}
        value={draft.name}
        onInput={(name) => onChange({ ...draft, name })}
        autoComplete="off"
        error={fieldMessage(error, 'name')}
      />
      <TextField
        label={t('console.people.phone')}
        type="tel"
        value={draft.phone}
        onInput={(phone) => onChange({ ...draft, phone })}
        autoComplete="off"
        error={fieldMessage(error, 'phone')}
      />
      <SelectField
        label={t('console.people.kind')}
        value={draft.kind}
        onChange={(kind) => onChange({ ...draft, kind: kind as PersonKind })}
        options={kindOptions()}
        error={fieldMessage(error, 'kind')}
      />
      {withActive && (
        <Checkbox
          label={t('console.people.activeLabel')}
          checked={draft.active}
          onChange={(active) => onChange({ ...draft, active })}
        />
      )}
      <div class="actions">
        <button type="submit" class="button button--primary">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" class="button" onClick={onCancel}>
            {t('console.common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

const EMPTY: Draft = { name: '', phone: '', kind: 'field-worker', active: true };

export function PeoplePage() {
  const [people, setPeople] = useState<Person[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [adding, setAdding] = useState<Draft | null>(null);
  const [editing, setEditing] = useState<{ id: string; draft: Draft } | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const load = () => call(PeopleApi.list).then((answer) => setPeople(answer.people), setError);
  useEffect(() => {
    void load();
  }, []);

  async function add(draft: Draft) {
    setError(null);
    try {
      const { person } = await call(PeopleApi.add, {
        body: { name: draft.name, phone: draft.phone, kind: draft.kind },
      });
      setAdding(null);
      setSaved(t('console.people.added', { name: person.name }));
      await load();
    } catch (e) {
      setError(e);
    }
  }

  async function save(id: string, draft: Draft) {
    setError(null);
    try {
      const { person } = await call(PeopleApi.update, { params: { id }, body: draft });
      setEditing(null);
      setSaved(t('console.people.saved', { name: person.name }));
      await load();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <>
      <div class="page-head">
        <h1 tabIndex={-1}>{t('console.people.title')}</h1>
        <div class="actions">
          <button
            type="button"
            class="button button--primary"
            onClick={() => {
              setSaved(null);
              setEditing(null);
              setAdding({ ...EMPTY });
            }}
          >
            {t('console.people.add')}
          </button>
        </div>
      </div>
      <p class="page-intro">{t('console.people.intro')}</p>
      {saved && (
        <p class="notice notice--success" role="status">
          {saved}
        </p>
      )}
      <ErrorNote error={error} />
      {adding && (
        <PersonForm
          title={t('console.people.add')}
          draft={adding}
          error={error}
          withActive={false}
          submitLabel={t('console.people.addSave')}
          onChange={setAdding}
          onSubmit={() => void add(adding)}
          onCancel={() => setAdding(null)}
        />
      )}
      {editing && (
        <PersonForm
          title={t('console.people.editName', {
            name: people?.find((p) => p.id === editing.id)?.name ?? '',
          })}
          draft={editing.draft}
          error={error}
          withActive
          submitLabel={t('console.people.save')}
          onChange={(draft) => setEditing({ ...editing, draft })}
          onSubmit={() => void save(editing.id, editing.draft)}
          onCancel={() => setEditing(null)}
        />
      )}
      <ListTable
        items={people}
        error={null}
        empty={t('console.people.none')}
        columns={[
          t('console.people.name'),
          t('console.people.phone'),
          t('console.people.kind'),
          t('console.people.state'),
          t('console.common.actions'),
        ]}
        row={(p) => (
          <tr key={p.id}>
            <th scope="row">{p.name}</th>
            <td>{p.phone || t('console.common.none')}</td>
            <td>{t(`console.people.kinds.${p.kind}`)}</td>
            <td>{p.active ? t('console.people.active') : t('console.people.inactive')}</td>
            <td>
              <button
                type="button"
                class="button"
                aria-label={t('console.people.editName', { name: p.name })}
                onClick={() => {
                  setSaved(null);
                  setAdding(null);
                  setEditing({
                    id: p.id,
                    draft: { name: p.name, phone: p.phone, kind: p.kind, active: p.active },
                  });
                }}
              >
                {t('console.people.edit')}
              </button>
            </td>
          </tr>
        )}
      />
    </>
  );
}
