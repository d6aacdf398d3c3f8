/** Cancel a request that has not started: said and shown, confirmed, then a service.cancel entry. */
import './help.css';
import { t } from '../../../i18n';
import { KioskScreen } from '../../app/frame/KioskScreen';
import { back, rebase } from '../../app/router';
import { usePrompt } from '../../app/speech';
import { useConfig } from '../../app/state';
import { identifiedMember } from '../identify/identify';
import { Check } from './Check';
import { cancelling } from './draft';
import { HelpMissing } from './HelpMissing';
import { useRequests } from './requests';
import { saveCancel } from './save';
import { requestSummary } from './words';

export function CancelScreen() {
  const { help } = useConfig();
  const member = identifiedMember.value;
  const known = useRequests(member?.id);
  const id = cancelling.value;
  const row = known?.rows.find((r) => r.source === 'server' && r.request.id === id);
  if (!help || !member || !id) return <HelpMissing missing="draft" />;
  return (
    <KioskScreen title={t('help.cancel.title')}>
      {known &&
        (row?.source === 'server' ? (
          <CancelBody
            what={requestSummary(help.categories, row.request)}
            onYes={() => {
              void saveCancel(member.id, id);
              rebase(['help', 'help-mine', 'help-sent']);
            }}
          />
        ) : (
          <Gone />
        ))}
    </KioskScreen>
  );
}

/** Said once the request is read, so the question names it. */
function CancelBody({ what, onYes }: { what: string; onYes: () => void }) {
  const question = t('help.cancel.question', { what });
  usePrompt(question);
  return (
    <Check
      question={question}
      summaryLabel={t('help.cancel.title')}
      summary={[{ label: t('help.confirm.what'), value: what }]}
      yesLabel={t('help.cancel.yes')}
      noLabel={t('help.cancel.no')}
      onNo={back}
      onYes={onYes}
    />
  );
}

function Gone() {
  usePrompt(t('help.cancel.gone'));
  return <p class="help-hint">{t('help.cancel.gone')}</p>;
}
