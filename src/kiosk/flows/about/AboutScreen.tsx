/** "About this centre": address, today's hours and the week's, where staff are, phone numbers. */
import { localText, runtimeKey, t } from '../../../i18n';
import { centreClock } from '../../../shared/centre/clock';
import { hoursOn, isOpen, weeklyHours } from '../../../shared/centre/schedule';
import { KioskScreen } from '../../app/frame/KioskScreen';
import { usePrompt } from '../../app/speech';
import { useConfig } from '../../app/state';
import { Icon, ScrollArea } from '../../ui';
import { dutyPhone, spokenNumber } from '../phones';

export function AboutScreen() {
  const { centre } = useConfig();
  const clock = centreClock(new Date(), centre.timeZone);
  const today = hoursOn(centre, clock);
  const todayText = today
    ? t('about.centre.todayOpen', { open: today.open, close: today.close })
    : t('about.centre.todayClosed');
  const prompt = (duty: string) =>
    t('about.centre.prompt', {
      centre: localText(centre.name),
      address: localText(centre.address),
      today: todayText,
      duty,
    });
  const duty = dutyPhone(centre).number;
  usePrompt(prompt(duty), prompt(spokenNumber(duty)));
  const day = (d: number) => t(runtimeKey(`shell.weekday.${d}`));
  return (
    <KioskScreen title={t('about.centre.title')}>
      <ScrollArea label={t('about.centre.title')}>
        <div class="info-list">
          <section class="info-block">
            <h2>
              <Icon name="clock" /> {t('about.centre.hours')}
            </h2>
            <p class="info-block__lead">
              {todayText} ·{' '}
              {isOpen(centre, clock) ? t('about.centre.openNow') : t('about.centre.closedNow')}
            </p>
            <ul class="plain-list">
              {weeklyHours(centre).map((h) => (
                <li key={h.fromDay}>
                  {h.fromDay === h.toDay
                    ? day(h.fromDay)
                    : t('about.centre.dayRange', { from: day(h.fromDay), to: day(h.toDay) })}
                  {' · '}
                  {h.open && h.close
                    ? t('about.centre.openHours', { open: h.open, close: h.close })
                    : t('about.centre.closed')}
                </li>
              ))}
            </ul>
          </section>
          <section class="info-block">
            <h2>
              <Icon name="phone" /> {t('about.centre.phones')}
            </h2>
            <ul class="plain-list">
              {centre.phones.map((p) => (
                <li key={p.number}>
                  {localText(p.label)}: <span class="phone-number">{p.number}</span>
                </li>
              ))}
            </ul>
            <p>{t('about.centre.staffWhere', { place: localText(centre.staffLocation) })}</p>
          </section>
          <section class="info-block">
            <h2>
              <Icon name="location" /> {t('about.centre.address')}
            </h2>
            <p>{localText(centre.address)}</p>
          </section>
        </div>
      </ScrollArea>
    </KioskScreen>
  );
}
