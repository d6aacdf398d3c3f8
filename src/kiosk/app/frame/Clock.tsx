/** The date and time on the centre's wall, refreshed each minute, in the current language. */
import { useEffect, useState } from 'preact/hooks';
import { runtimeKey, t } from '../../../i18n';
import { centreClock } from '../../../shared/centre/clock';
import { useConfig } from '../state';

export function Clock() {
  const { centre } = useConfig();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), 15_000);
    return () => clearInterval(id);
  }, []);
  const c = centreClock(now, centre.timeZone);
  const [, month, day] = c.date.split('-').map(Number);
  return (
    <span class="clock">
      {t('shell.header.clock', {
        month,
        day,
        weekday: t(runtimeKey(`shell.weekday.${c.weekday}`)),
        time: c.time,
      })}
    </span>
  );
}
