/**
 * Add or edit a member: every field of MemberView, the PIN set or cleared. Checked here with
 * the same schema the server uses before anything is sent; the server checks again.
 */
import { useEffect, useState } from 'preact/hooks';
import * as v from 'valibot';
import { t } from '../../i18n';
import {
  DISABILITY_GRADES,
  type DisabilityGrade,
  MEMBER_CATEGORIES,
  type MemberCategory,
} from '../../shared/members/categories';
import { memberInputSchemas } from '../../shared/members/member-input';
import type { MemberView } from '../../shared/members/member-view';
import { call } from '../api/client';
import { MembersApi, today } from '../api/members';
import { go, href } from '../app/router';
import { MemberCommunity } from '../classes/MemberCommunity';
import { memberHistoryRest } from '../help/help-format';
import { Checkbox, FieldSet, Radio, SelectField, TextArea, TextField } from '../ui/Field';
import { ErrorNote, SuccessNote } from '../ui/Notice';
import { fieldMessage, localInvalid } from '../ui/problems';
import { MemberIdNumber } from './MemberIdNumber';
import { MemberLessons } from './MemberLessons';
import { MemberSubsidies } from './MemberSubsidies';
import { MemberSubsidyApplications } from './MemberSubsidyApplications';
import { MemberSubsidyHistory } from './MemberSubsidyHistory';

interface Draft {
  cardNumber: string;
  name: string;
  birthDate: string;
  phone: string;
  address: string;
  localHukou: boolean;
  categories: MemberCategory[];
  disability: DisabilityGrade;
  pinChoice: 'keep' | 'set' | 'clear';
  pin: string;
  contactName: string;
  contactPhone: string;
  contactRelation: string;
  validUntil: string;
  notes: string;
}

const BLANK: Draft = {
  cardNumber: '',
  name: '',
  birthDate: '',
  phone: '',
  address: '',
  localHukou: true,
  categories: [],
  disability: 'none',
  pinChoice: 'keep',
  pin: '',
  contactName: '',
  contactPhone: '',
  contactRelation: '',
  validUntil: '',
  notes: '',
};

function fromMember(m: MemberView): Draft {
  return {
    cardNumber: m.cardNumber,
    name: m.name,
    birthDate: m.birthDate,
    phone: m.phone ?? '',
    address: m.address ?? '',
    localHukou: m.localHukou,
    categories: m.categories,
    disability: m.disability,
    pinChoice: 'keep',
    pin: '',
    contactName: m.emergencyContact?.name ?? '',
    contactPhone: m.emergencyContact?.phone ?? '',
    contactRelation: m.emergencyContact?.relation ?? '',
    validUntil: m.validUntil ?? '',
    notes: m.notes ?? '',
  };
}

/** The body the API takes; empty optional text is null, the PIN only when it changes. */
function toInput(d: Draft): v.InferInput<typeof MembersApi.create.body> {
  const noContact = !d.contactName.trim() && !d.contactPhone.trim() && !d.contactRelation.trim();
  return {
    cardNumber: d.cardNumber,
    name: d.name,
    birthDate: d.birthDate,
    phone: d.phone.trim() || null,
    address: d.address.trim() || null,
    localHukou: d.localHukou,
    categories: d.categories,
    disability: d.disability,
    ...(d.pinChoice === 'set' ? { pin: d.pin } : d.pinChoice === 'clear' ? { pin: null } : {}),
    emergencyContact: noContact
      ? null
      : { name: d.contactName, phone: d.contactPhone, relation: d.contactRelation.trim() || null },
    validUntil: d.validUntil.trim() || null,
    notes: d.notes.trim() || null,
  };
}

export function MemberFormPage({ id }: { id: string | null }) {
  const [member, setMember] = useState<MemberView | null>(null);
  const [draft, setDraft] = useState<Draft>(BLANK);
  const [error, setError] = useState<unknown>(null);
  const [working, setWorking] = useState(false);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (!id) return;
    call(MembersApi.get, { params: { id } }).then(({ member: m }) => {
      setMember(m);
      setDraft(fromMember(m));
    }, setError);
  }, [id]);

  const set =
    <K extends keyof Draft>(field: K) =>
    (value: Draft[K]) => {
      setSaved(false);
      setDraft((d) => ({ ...d, [field]: value }));
    };
  const problem = (path: string) => fieldMessage(error, path);

  async function submit(event: Event) {
    event.preventDefault();
    setSaved(false);
    const input = toInput(draft);
    const schemas = memberInputSchemas(today);
    const check = v.safeParse(id ? schemas.patch : schemas.create, input, { abortPipeEarly: true });
    if (!check.success) {
      setError(
        localInvalid(
          check.issues.map((issue) => ({
            path: v.getDotPath(issue) ?? '',
            message: issue.message,
          })),
        ),
      );
      return;
    }
    setWorking(true);
    setError(null);
    try {
      if (id) {
        const answer = await call(MembersApi.edit, { params: { id }, body: input });
        setMember(answer.member);
        setDraft(fromMember(answer.member));
        setSaved(true);
      } else {
        const answer = await call(MembersApi.create, { body: input });
        go('members', answer.member.id);
      }
    } catch (e) {
      setError(e);
    } finally {
      setWorking(false);
    }
  }

  if (id && !member)
    return (
      <>
        <h1 tabIndex={-1}>{t('console.memberForm.titleEdit', { name: '' })}</h1>
        <ErrorNote error={error} />
        {!error && <p>{t('console.common.loading')}</p>}
      </>
    );

  return (
    <>
      <h1 tabIndex={-1}>
        {member
          ? t('console.memberForm.titleEdit', { name: member.name })
          : t('console.memberForm.titleNew')}
      </h1>
      {member && (
        <p>
          <a href={href('help-requests', memberHistoryRest(member.id))}>
            {t('helpdesk.requests.historyLink', { name: member.name })}
          </a>
        </p>
      )}
      <form class="form form--wide" onSubmit={(e) => void submit(e)} noValidate>
        <div class="form__grid">
          <TextField
            label={t('console.memberForm.name')}
            value={draft.name}
            onInput={set('name')}
            error={problem('name')}
          />
          <TextField
            label={t('console.memberForm.cardNumber')}
            value={draft.cardNumber}
            onInput={set('cardNumber')}
            error={problem('cardNumber')}
          />
          <TextField
            label={t('console.memberForm.birthDate')}
            hint={t('console.memberForm.dateHint')}
            value={draft.birthDate}
            onInput={set('birthDate')}
            error={problem('birthDate')}
          />
          <TextField
            label={t('console.memberForm.phone')}
            type="tel"
            value={draft.phone}
            onInput={set('phone')}
            error={problem('phone')}
          />
          <TextField
            label={t('console.memberForm.address')}
            value={draft.address}
            onInput={set('address')}
            error={problem('address')}
          />
          <TextField
            label={t('console.memberForm.validUntil')}
            hint={t('console.memberForm.validUntilHint')}
            value={draft.validUntil}
            onInput={set('validUntil')}
            error={problem('validUntil')}
          />
          <SelectField
            label={t('console.memberForm.disability')}
            value={draft.disability}
            onChange={(value) => set('disability')(value as DisabilityGrade)}
            options={DISABILITY_GRADES.map((g) => ({
              value: g,
              label: t(`members.disability.${g}`),
            }))}
            error={problem('disability')}
          />
        </div>
        <Checkbox
          label={t('console.memberForm.localHukou')}
          checked={draft.localHukou}
          onChange={set('localHukou')}
        />
        <FieldSet legend={t('console.memberForm.categories')} error={problem('categories')}>
          {MEMBER_CATEGORIES.map((c) => (
            <Checkbox
              key={c}
              label={t(`members.category.${c}`)}
              checked={draft.categories.includes(c)}
              onChange={(on) =>
                set('categories')(
                  MEMBER_CATEGORIES.filter((x) => (x === c ? on : draft.categories.includes(x))),
                )
              }
            />
          ))}
        </FieldSet>
        <FieldSet legend={t('console.memberForm.pin')} error={problem('pin')}>
          {member && (
            <p class="fieldset__note">
              {member.hasPin ? t('console.memberForm.pinSet') : t('console.memberForm.pinNone')}
            </p>
          )}
          <Radio
            name="pin"
            label={t('console.memberForm.pinKeep')}
            checked={draft.pinChoice === 'keep'}
            onChange={() => set('pinChoice')('keep')}
          />
          <Radio
            name="pin"
            label={t('console.memberForm.pinNew')}
            checked={draft.pinChoice === 'set'}
            onChange={() => set('pinChoice')('set')}
          />
          {member?.hasPin && (
            <Radio
              name="pin"
              label={t('console.memberForm.pinClear')}
              checked={draft.pinChoice === 'clear'}
              onChange={() => set('pinChoice')('clear')}
            />
          )}
          {draft.pinChoice === 'set' && (
            <TextField
              label={t('console.memberForm.pinValue')}
              type="password"
              inputMode="numeric"
              autoComplete="new-password"
              value={draft.pin}
              onInput={set('pin')}
            />
          )}
        </FieldSet>
        <FieldSet legend={t('console.memberForm.emergency')} error={problem('emergencyContact')}>
          <p class="fieldset__note">{t('console.memberForm.emergencyHint')}</p>
          <div class="form__grid">
            <TextField
              label={t('console.memberForm.emergencyName')}
              value={draft.contactName}
              onInput={set('contactName')}
              error={problem('emergencyContact.name')}
            />
            <TextField
              label={t('console.memberForm.emergencyPhone')}
              type="tel"
              value={draft.contactPhone}
              onInput={set('contactPhone')}
              error={problem('emergencyContact.phone')}
            />
            <TextField
              label={t('console.memberForm.emergencyRelation')}
              value={draft.contactRelation}
              onInput={set('contactRelation')}
              error={problem('emergencyContact.relation')}
            />
          </div>
        </FieldSet>
        <TextArea
          label={t('console.memberForm.notes')}
          value={draft.notes}
          onInput={set('notes')}
          error={problem('notes')}
        />
        <ErrorNote error={error} />
        {saved && <SuccessNote>{t('console.common.saved')}</SuccessNote>}
        <div class="actions">
          <button type="submit" class="button button--primary" disabled={working}>
            {working ? t('console.common.saving') : t('console.common.save')}
          </button>
          <a class="button" href={href('members')}>
            {t('console.common.back')}
          </a>
        </div>
      </form>
      {member && <MemberIdNumber memberId={member.id} />}
      {member && <MemberSubsidies memberId={member.id} />}
      {member && <MemberSubsidyHistory memberId={member.id} />}
      {member && <MemberSubsidyApplications memberId={member.id} />}
      {id && <MemberCommunity id={id} />}
      {id && <MemberLessons id={id} />}
    </>
  );
}
