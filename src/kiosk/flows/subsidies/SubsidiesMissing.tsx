/** A kiosk whose config has no subsidies.json (the tile is then hidden; reached only by a stale stack). */
import { t } from '../../../i18n';
import { KioskScreen } from '../../app/frame/KioskScreen';
import { usePrompt } from '../../app/speech';

export function SubsidiesMissing() {
  usePrompt(t('subsidies.missing'));
  return (
    <KioskScreen title={t('shell.jobs.subsidies')}>
      <p class="info-block__lead">{t('subsidies.missing')}</p>
    </KioskScreen>
  );
}
