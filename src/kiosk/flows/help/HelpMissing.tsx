/**
 * A help screen with nothing to show: no help.json here, or the request was lost (a new session).
 * Not a dead end: 呼叫工作人员 brings a person, beside the way home.
 */
import { t } from '../../../i18n';
import { KioskScreen } from '../../app/frame/KioskScreen';
import { home, navigate } from '../../app/router';
import { usePrompt } from '../../app/speech';
import { BigButton, Problem } from '../../ui';

export function HelpMissing({ missing }: { missing: 'config' | 'draft' }) {
  const what = t(`help.missing.${missing}.what`);
  const next = t(`help.missing.${missing}.next`);
  usePrompt(t('help.missing.spoken', { what, next }));
  return (
    <KioskScreen title={t('help.title')}>
      <Problem what={what} next={next} />
      {/* Both in one row, as the identify screen's problems: two stacked buttons do not fit landscape at 1.6×. */}
      <div class="action-row">
        <BigButton
          icon="phone"
          label={t('help.missing.callStaff')}
          onPress={() => navigate('call-staff')}
        />
        <BigButton icon="home" variant="secondary" label={t('help.missing.home')} onPress={home} />
      </div>
    </KioskScreen>
  );
}
