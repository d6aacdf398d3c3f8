/** A help screen with nothing to show: no help.json here, or the request was lost (a new session). */
import { t } from '../../../i18n';
import { KioskScreen } from '../../app/frame/KioskScreen';
import { home } from '../../app/router';
import { usePrompt } from '../../app/speech';
import { Problem } from '../../ui';

export function HelpMissing({ missing }: { missing: 'config' | 'draft' }) {
  const what = t(`help.missing.${missing}.what`);
  const next = t(`help.missing.${missing}.next`);
  usePrompt(t('help.missing.spoken', { what, next }));
  return (
    <KioskScreen title={t('help.title')}>
      <Problem
        what={what}
        next={next}
        action={{ label: t('help.missing.home'), icon: 'home', onPress: home }}
      />
    </KioskScreen>
  );
}
