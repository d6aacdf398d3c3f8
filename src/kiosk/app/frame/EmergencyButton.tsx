/**
 * The Emergency button, the same on every screen, the attract screen included: it opens the
 * countdown. Its wrapper sits above the idle warning's backdrop (kiosk.css), so the warning
 * never dims or covers it and it stays tappable while the warning shows.
 */
import { t } from '../../../i18n';
import { BigButton } from '../../ui/big-button/BigButton';
import { navigate } from '../router';

export function EmergencyButton() {
  return (
    <span class="emergency-button">
      <BigButton
        id="emergency"
        icon="emergency"
        label={t('shell.header.emergency')}
        variant="danger"
        size="primary"
        onPress={() => navigate('emergency')}
      />
    </span>
  );
}
