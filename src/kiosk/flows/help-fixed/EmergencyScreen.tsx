/**
 * Emergency: tell the elder plainly what to do now — call out, phone the ambulance or the duty
 * phone, where staff are. It never pretends the kiosk has called anyone.
 */
import { localText, t } from '../../../i18n';
import { KioskScreen } from '../../app/frame/KioskScreen';
import { usePrompt } from '../../app/speech';
import { useConfig } from '../../app/state';
import { Icon, ScrollArea } from '../../ui';
import { dutyPhone, emergencyPhone, spokenNumber } from '../phones';

const AMBULANCE_FALLBACK = '120';

export function EmergencyScreen() {
  const { centre } = useConfig();
  const duty = dutyPhone(centre);
  const ambulance = emergencyPhone(centre)?.number ?? AMBULANCE_FALLBACK;
  const place = localText(centre.staffLocation);
  const prompt = (say: (n: string) => string) =>
    t('shell.emergency.prompt', { ambulance: say(ambulance), duty: say(duty.number), place });
  usePrompt(
    prompt((n) => n),
    prompt(spokenNumber),
  );
  return (
    <KioskScreen title={t('shell.emergency.title')}>
      <ScrollArea label={t('shell.emergency.title')}>
        <div class="notice notice--danger" role="alert">
          <p class="notice__lead">
            <Icon name="emergency" /> {t('shell.emergency.shout')}
          </p>
          <ul class="phone-list">
            <li>
              <span class="phone-list__label">
                <Icon name="phone" /> {t('shell.emergency.ambulance')}
              </span>
              <span class="phone-number phone-number--huge">{ambulance}</span>
            </li>
            <li>
              <span class="phone-list__label">
                <Icon name="phone" /> {t('shell.emergency.duty')}
              </span>
              <span class="phone-number phone-number--large">{duty.number}</span>
            </li>
          </ul>
          <p class="notice__lead">
            <Icon name="location" /> {t('shell.emergency.where', { place })}
          </p>
        </div>
      </ScrollArea>
    </KioskScreen>
  );
}
