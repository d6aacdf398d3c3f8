/**
 * Which day and which sitting: each day of the canteen's horizon it cooks on, each sitting a big
 * button, in a list that scrolls. One that cannot be booked stays on screen, disabled, saying why
 * ("今天的午餐 9:30 已截止"); days the canteen is closed (weekdays it does not serve, holidays)
 * are left out. When nothing more can be booked today, the top of the list says so and names the
 * next day that can be booked ("下一次可以订的是 12月8日 星期一"), so nobody is sent back on a
 * day the canteen is closed.
 */
import './meals.css';
import { localText, t } from '../../../i18n';
import { horizonOf, nextBookableDay } from '../../../shared/meals/index';
import { KioskScreen } from '../../app/frame/KioskScreen';
import { navigate } from '../../app/router';
import { usePrompt } from '../../app/speech';
import { BigButton, ScrollArea } from '../../ui';
import { takenBy } from './bookings';
import { type MealsContext, useMeals } from './context';
import { draft, updateDraft } from './draft';
import { MealsMissing } from './MealsMissing';
import { type DayOption, dayOptions, type Taken } from './offer';
import { dateWeekdayWords, dayWords, sittingStateWords, whenWords } from './words';

export function MealsDayScreen() {
  const ctx = useMeals();
  if ('missing' in ctx) return <MealsMissing missing={ctx.missing} />;
  const title = draft.value?.companion ? t('meals.day.titleCompanion') : t('meals.day.title');
  return (
    <KioskScreen title={title}>{ctx.knowledge && <DayBody ctx={ctx} title={title} />}</KioskScreen>
  );
}

/**
 * When today has nothing left to book (closed, or past every cut-off): that, and the next day
 * that can be booked. Null while something can still be booked today.
 */
function todayNote(ctx: MealsContext, days: DayOption[], taken: Taken | undefined): string | null {
  const today = days[0];
  if (!today || today.sittings.some((s) => s.state === 'open')) return null;
  const now = today.closed
    ? t('meals.day.closedDay', { day: dayWords(today.day, ctx.today) })
    : t('meals.day.todayNone');
  const next = nextBookableDay(ctx.meals, ctx.now, ctx.timeZone, ctx.today, taken);
  return [
    now,
    next
      ? t('meals.day.next', { day: dateWeekdayWords(next) })
      : t('meals.day.noneOpen', { days: horizonOf(ctx.meals) }),
  ].join(' ');
}

/**
 * What the screen says, kept short (the caption shares the screen with the list): today's
 * sittings, or today's news and the next day; then the last day that can be booked.
 */
function spoken(ctx: MealsContext, days: DayOption[], title: string, note: string | null): string {
  const lines = [title];
  if (note) lines.push(note);
  else
    for (const s of days[0]?.sittings ?? [])
      lines.push(
        s.state === 'open'
          ? t('meals.day.spokenOpen', { when: whenWords(s.day, s.sitting, ctx.today) })
          : sittingStateWords(s, ctx.today),
      );
  const last = days.findLast((d) => d.sittings.some((s) => s.state === 'open'));
  if (last && last.offset > 0)
    lines.push(t('meals.day.spokenUntil', { day: dayWords(last.day, ctx.today) }));
  return lines.join(' ');
}

function DayBody({ ctx, title }: { ctx: MealsContext; title: string }) {
  // A companion's meal may share a sitting the member booked; the member's own may not.
  const taken = draft.value?.companion ? undefined : takenBy(ctx.rows);
  // Days the canteen is closed are left out (today's news says when today is one of them).
  const days = dayOptions(ctx.meals, ctx.now, ctx.timeZone, taken);
  const shown = days.filter((d) => !d.closed);
  const open = days.some((d) => d.sittings.some((s) => s.state === 'open'));
  const note = todayNote(ctx, days, taken);
  usePrompt(
    open
      ? spoken(ctx, days, title, note)
      : (note ?? t('meals.day.noneOpen', { days: horizonOf(ctx.meals) })),
  );
  return (
    <ScrollArea label={title}>
      <div class="meals-days">
        {note && <p class="meals-day__none">{note}</p>}
        {shown.map((d) => (
          <section
            key={d.day}
            class="meals-day"
            data-day={d.day}
            aria-label={dayWords(d.day, ctx.today)}
          >
            {d.sittings.map((s) => (
              <BigButton
                key={s.sitting.id}
                id={`meals-sitting:${s.day}:${s.sitting.id}`}
                icon={s.state === 'open' ? 'calendar' : 'clock'}
                label={whenWords(s.day, s.sitting, ctx.today)}
                sublabel={
                  s.state === 'open'
                    ? t('meals.day.serving', {
                        from: s.sitting.serveFrom,
                        until: s.sitting.serveUntil,
                        cutoff: sittingStateWords(s, ctx.today),
                      })
                    : sittingStateWords(s, ctx.today)
                }
                variant={s.state === 'open' ? 'primary' : 'secondary'}
                disabled={s.state !== 'open'}
                onPress={() => {
                  updateDraft({ day: s.day, sitting: s.sitting.id });
                  navigate('meals-menu');
                }}
              />
            ))}
          </section>
        ))}
      </div>
    </ScrollArea>
  );
}

/** The name of the sitting chosen so far, for the next screens' titles. */
export function chosenSitting(ctx: MealsContext) {
  const d = draft.value;
  const sitting = ctx.meals.sittings.find((s) => s.id === d?.sitting);
  return d?.day && sitting ? { day: d.day, sitting, name: localText(sitting.name) } : null;
}
