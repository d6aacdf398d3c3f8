/**
 * The date and time on the centre's wall, refreshed each minute, in the current language. Short
 * (weekday and time) while someone's session bar shares the header: the date then gives way so
 * the centre's name and the clock stay one line, and the screen's body keeps that line's height.
 */
import { useEffect, useState } from 'preact/hooks';
import { runtimeKey, t } from '../../../i18n';
import { centreClock } from '../../../shared/centre/clock';
import { useConfig } from '../state';

export function Clock({ short = false }: { short?: boolean }) {
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
      {t(short ? 'shell.header.clockShort' : 'shell.header.clock', {
        month,
        day,
        weekday: t(runtimeKey(`shell.weekday.${c.weekday}`)),
        time: c.time,
      })}
    </span>
  );
}
