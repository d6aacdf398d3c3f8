/**
 * In place of a screen of personal records (my meals, my requests) for a member with a PIN whose
 * PIN the server could not check (the kiosk was offline at identification): only the server
 * checks PINs, so these records wait for the connection. "Type my PIN" identifies again.
 */
import { t } from '../../../i18n';
import { KioskScreen } from '../../app/frame/KioskScreen';
import type { ScreenId } from '../../app/router';
import { usePrompt } from '../../app/speech';
import { Problem } from '../../ui';
import { forgetMember, identify } from './identify';

export function RecordsNeedPin({ title, next }: { title: string; next: ScreenId }) {
  usePrompt(t('identify.recordsNeedPin.spoken'));
  return (
    <KioskScreen title={title}>
      <Problem
        what={t('identify.recordsNeedPin.what')}
        next={t('identify.recordsNeedPin.next')}
        action={{
          label: t('identify.recordsNeedPin.retry'),
          icon: 'lock',
          onPress: () => {
            forgetMember();
            identify({ next, greetedByJob: true });
          },
        }}
      />
    </KioskScreen>
  );
}
