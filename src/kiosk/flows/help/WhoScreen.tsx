/**
 * A complaint or suggestion may be made without a name: tap the card to leave one (so staff can
 * answer), or send it without. Only admins read complaints either way.
 */
import './help.css';
import { t } from '../../../i18n';
import { KioskScreen } from '../../app/frame/KioskScreen';
import { navigate } from '../../app/router';
import { usePrompt } from '../../app/speech';
import { BigButton } from '../../ui';
import { identify } from '../identify/identify';
import { useDraft } from './context';
import { updateDraft } from './draft';
import { HelpMissing } from './HelpMissing';

export function WhoScreen() {
  const ctx = useDraft();
  const title = t('help.who.title');
  usePrompt(`${title} ${t('help.who.prompt')}`);
  if (!ctx) return <HelpMissing missing="draft" />;
  return (
    <KioskScreen title={title}>
      <div class="help-who">
        <p class="help-hint">{t('help.who.prompt')}</p>
        <BigButton
          id="help-who:card"
          icon="user"
          label={t('help.who.card')}
          sublabel={t('help.who.cardDetail')}
          onPress={() => {
            updateDraft({ anonymous: false });
            identify({ next: 'help-confirm', greetedByJob: true });
          }}
        />
        <BigButton
          id="help-who:anonymous"
          icon="lock"
          variant="secondary"
          label={t('help.who.anonymous')}
          sublabel={t('help.who.anonymousDetail')}
          onPress={() => {
            updateDraft({ anonymous: true });
            navigate('help-confirm');
          }}
        />
      </div>
    </KioskScreen>
  );
}
