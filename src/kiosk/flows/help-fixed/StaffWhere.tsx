/** Where staff are in the building and the centre's phones (not the ambulance): the way to find a person without the kiosk. */
import { localText, t } from '../../../i18n';
import { useConfig } from '../../app/state';
import { Icon } from '../../ui/icon/Icon';

export function StaffWhere({ phonesHeading = true }: { phonesHeading?: boolean }) {
  const { centre } = useConfig();
  return (
    <>
      <p class="notice__lead">
        <Icon name="location" />{' '}
        {t('shell.callStaff.where', { place: localText(centre.staffLocation) })}
      </p>
      {phonesHeading && <h2>{t('shell.callStaff.phones')}</h2>}
      <ul class="phone-list">
        {centre.phones
          .filter((p) => p.kind !== 'emergency')
          .map((p) => (
            <li key={p.number}>
              <span class="phone-list__label">
                <Icon name="phone" /> {localText(p.label)}
              </span>
              <span class="phone-number phone-number--large">{p.number}</span>
            </li>
          ))}
      </ul>
    </>
  );
}
