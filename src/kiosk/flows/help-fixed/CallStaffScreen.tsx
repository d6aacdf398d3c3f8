/** "Call staff": where staff are in the building and the numbers to phone, shown large and spoken. */
import { localText, t } from '../../../i18n';
import { KioskScreen } from '../../app/frame/KioskScreen';
import { usePrompt } from '../../app/speech';
import { useConfig } from '../../app/state';
import { Icon, ScrollArea } from '../../ui';
import { dutyPhone, spokenNumber } from '../phones';

export function CallStaffScreen() {
  const { centre } = useConfig();
  const duty = dutyPhone(centre);
  const prompt = (number: string) =>
    t('shell.callStaff.prompt', { place: localText(centre.staffLocation), number });
  usePrompt(prompt(duty.number), prompt(spokenNumber(duty.number)));
  return (
    <KioskScreen title={t('shell.callStaff.title')}>
      <ScrollArea label={t('shell.callStaff.title')}>
        <div class="notice">
          <p class="notice__lead">
            <Icon name="location" />{' '}
            {t('shell.callStaff.where', { place: localText(centre.staffLocation) })}
          </p>
          <h2>{t('shell.callStaff.phones')}</h2>
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
        </div>
      </ScrollArea>
    </KioskScreen>
  );
}
