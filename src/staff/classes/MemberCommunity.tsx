/**
 * 社区 on a member's page in the register: the community (from centre.json's list) the training
 * report counts them under. Read with `members.read`; the desk changes it (`members.write`).
 */
import { useEffect, useState } from 'preact/hooks';
import { localText, t } from '../../i18n';
import { MemberCommunityApi } from '../../shared/classes/api';
import { call } from '../api/client';
import { allowed } from '../app/access';
import { SelectField } from '../ui/Field';
import { ErrorNote, SuccessNote } from '../ui/Notice';
import { useCentre } from './classes-data';

export function MemberCommunity({ id }: { id: string }) {
  const centre = useCentre();
  const [community, setCommunity] = useState<string | null | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    call(MemberCommunityApi.read, { params: { id } }).then(
      (a) => setCommunity(a.community),
      setError,
    );
  }, [id]);
  const communities = centre?.communities ?? [];
  if (community === undefined || communities.length === 0) return <ErrorNote error={error} />;
  const save = async (e: Event) => {
    e.preventDefault();
    setError(null);
    setSaved(false);
    try {
      await call(MemberCommunityApi.set, { params: { id }, body: { community } });
      setSaved(true);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form class="class-form" onSubmit={(e) => void save(e)}>
      <SelectField
        label={t('classesConsole.member.community')}
        value={community ?? ''}
        onChange={(v) => setCommunity(v || null)}
        options={[
          { value: '', label: t('classesConsole.member.none') },
          ...communities.map((c) => ({ value: c.id, label: localText(c.name) })),
        ]}
      />
      <ErrorNote error={error} />
      {saved && <SuccessNote>{t('classesConsole.member.saved')}</SuccessNote>}
      {allowed('members.write') && (
        <button type="submit" class="button">
          {t('classesConsole.member.save')}
        </button>
      )}
    </form>
  );
}
