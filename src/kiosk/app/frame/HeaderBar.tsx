/**
 * The top of every screen: the centre's name and clock, and "Call staff" and "Emergency" always in
 * the same place; below them, while someone is known by their card, whose session it is.
 */

import { localText, t } from '../../../i18n';
import { BigButton } from '../../ui';
import { navigate } from '../router';
import { useConfig } from '../state';
import { Clock } from './Clock';
import { SessionBar } from './SessionBar';
import { useStaffEntry } from './staff-entry';

export function HeaderBar() {
  const { centre } = useConfig();
  const staffEntry = useStaffEntry();
  return (
    <>
      <div class="header-bar">
        <div class="header-bar__centre" {...staffEntry}>
          <span class="header-bar__name">{localText(centre.name)}</span>
          <Clock />
        </div>
        <div class="header-bar__help">
          <BigButton
            id="call-staff"
            icon="user"
            label={t('shell.header.callStaff')}
            variant="secondary"
            size="primary"
            onPress={() => navigate('call-staff')}
          />
          <BigButton
            id="emergency"
            icon="emergency"
            label={t('shell.header.emergency')}
            variant="danger"
            size="primary"
            onPress={() => navigate('emergency')}
          />
        </div>
      </div>
      {/* A row of its own under the buttons, so they never move when someone is identified. */}
      <SessionBar />
    </>
  );
}
