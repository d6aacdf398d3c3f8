/**
 * The top of every screen: the centre's name and clock, and "Call staff" and "Emergency" always in
 * the same place; while someone is known by their card, whose session it is, under the name.
 */

import { localText, t } from '../../../i18n';
import { BigButton } from '../../ui/big-button/BigButton';
import { navigate } from '../router';
import { session, useConfig } from '../state';
import { Clock } from './Clock';
import { EmergencyButton } from './EmergencyButton';
import { SessionBar } from './SessionBar';
import { useStaffEntry } from './staff-entry';

export function HeaderBar() {
  const { centre } = useConfig();
  const staffEntry = useStaffEntry();
  const member = session.value?.member;
  return (
    <div class={member ? 'header-bar header-bar--session' : 'header-bar'}>
      <div class="header-bar__centre" {...staffEntry}>
        <span class="header-bar__name">{localText(centre.name)}</span>
        <Clock short={Boolean(member)} />
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
        <EmergencyButton />
      </div>
      {member && <SessionBar name={member.name} />}
    </div>
  );
}
