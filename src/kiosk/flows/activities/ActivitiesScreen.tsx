/** Today's activities at the centre, by time, each saying whether it is on now, later or over. */
import { localText, t } from '../../../i18n';
import { centreClock } from '../../../shared/centre/clock';
import { activitiesOn, activityTiming } from '../../../shared/centre/schedule';
import { KioskScreen } from '../../app/frame/KioskScreen';
import { usePrompt } from '../../app/speech';
import { useConfig } from '../../app/state';
import { Icon, ScrollArea } from '../../ui';

export function ActivitiesScreen() {
  const { centre } = useConfig();
  const clock = centreClock(new Date(), centre.timeZone);
  const list = activitiesOn(centre, clock);
  const upcoming = list.filter((a) => activityTiming(a, clock) !== 'done');
  usePrompt(
    list.length === 0
      ? t('about.activities.none')
      : [
          t('about.activities.count', { count: list.length }),
          ...upcoming.map((a) =>
            t('about.activities.spokenItem', {
              start: a.start,
              title: localText(a.title),
              place: localText(a.place),
            }),
          ),
        ].join(' '),
  );
  return (
    <KioskScreen title={t('about.activities.title')}>
      {list.length === 0 ? (
        <p class="info-block__lead">{t('about.activities.none')}</p>
      ) : (
        <ScrollArea label={t('about.activities.list')}>
          <ul class="activity-list">
            {list.map((a) => {
              const timing = activityTiming(a, clock);
              return (
                <li key={a.id} class={`activity activity--${timing}`}>
                  <span class="activity__time">
                    <Icon name="clock" />{' '}
                    {t('about.activities.time', { start: a.start, end: a.end })}
                  </span>
                  <span class="activity__title">{localText(a.title)}</span>
                  <span class="activity__place">
                    {t('about.activities.place', { place: localText(a.place) })}
                  </span>
                  <span class="activity__timing">{t(`about.activities.timing.${timing}`)}</span>
                </li>
              );
            })}
          </ul>
        </ScrollArea>
      )}
    </KioskScreen>
  );
}
