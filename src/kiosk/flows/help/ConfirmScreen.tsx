/** The check before a request is sent: what, when, where and who, shown and said; 是 saves it. */
import './help.css';
import { localText, t, verbatim } from '../../../i18n';
import { KioskScreen } from '../../app/frame/KioskScreen';
import { back, rebase } from '../../app/router';
import { usePrompt } from '../../app/speech';
import { identifiedMember } from '../identify/identify';
import { Check } from './Check';
import { useDraft } from './context';
import { HelpMissing } from './HelpMissing';
import { saveRequest } from './save';
import { whenWords, whereWords } from './words';

export function ConfirmScreen() {
  const ctx = useDraft();
  const member = identifiedMember.value;
  const anonymous = ctx?.draft.anonymous === true && ctx.category.complaint === true;
  // A person's name is not words to translate: shown as it is, deliberately.
  const who = anonymous ? t('help.confirm.anonymous') : verbatim(member?.name ?? '');
  const rows = ctx
    ? [
        { label: t('help.confirm.what'), value: localText(ctx.category.label) },
        ...(ctx.draft.when
          ? [{ label: t('help.confirm.when'), value: whenWords(ctx.draft.when) }]
          : []),
        ...(ctx.draft.where
          ? [{ label: t('help.confirm.where'), value: whereWords(ctx.draft.where) }]
          : []),
        { label: t('help.confirm.who'), value: who },
      ]
    : [];
  usePrompt([t('help.confirm.question'), ...rows.map((r) => t('help.confirm.row', r))].join(' '));
  if (!ctx || (!anonymous && !member)) return <HelpMissing missing="draft" />;
  return (
    <KioskScreen title={t('help.confirm.title')}>
      <Check
        question={t('help.confirm.question')}
        summaryLabel={t('help.confirm.title')}
        summary={rows}
        yesLabel={t('help.confirm.yes')}
        noLabel={t('help.confirm.no')}
        onNo={back}
        onYes={() => {
          void saveRequest({
            memberId: anonymous ? null : (member?.id ?? null),
            category: ctx.category.id,
            when: ctx.draft.when ?? null,
            where: ctx.draft.where ?? null,
          });
          // Back from "sent" is the start of help, never this check again.
          rebase(['help', 'help-sent']);
        }}
      />
    </KioskScreen>
  );
}
