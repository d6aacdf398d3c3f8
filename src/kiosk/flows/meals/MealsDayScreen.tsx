/**
 * Which day and which sitting: today and tomorrow, each sitting a big button. One that cannot be
 * booked stays on screen, disabled, saying why ("今天的午餐 9:30 已截止"); a day the canteen does
 * not cook says so.
 */
import './meals.css';
import { localText, t } from '../../../i18n';
import { KioskScreen } from '../../app/frame/KioskScreen';
import { navigate } from '../../app/router';
import { usePrompt } from '../../app/speech';
import { BigButton, ScrollArea } from '../../ui';
import { takenBy } from './bookings';
import { type MealsContext, useMeals } from './context';
import { draft, updateDraft } from './draft';
import { MealsMissing } from './MealsMissing';
import { type DayOption, dayOptions } from './offer';
import { dayWords, sittingStateWords, whenWords } from './words';

export function MealsDayScreen() {
  const ctx = useMeals();
  if ('missing' in ctx) return <MealsMissing missing={ctx.missing} />;
  const title = draft.value?.companion ? t('meals.day.titleCompanion') : t('meals.day.title');
  return (
    <KioskScreen title={title}>{ctx.knowledge && <DayBody ctx={ctx} title={title} />}</KioskScreen>
  );
}

/** What the screen says: the open sittings, then why the others are closed. */
function spoken(ctx: MealsContext, days: DayOption[], title: string): string {
  const lines = [title];
  for (const d of days) {
    if (!d.served) lines.push(t('meals.day.closedDay', { day: dayWords(d.day, ctx.today) }));
    for (const s of d.sittings)
      lines.push(
        s.state === 'open'
          ? t('meals.day.spokenOpen', { when: whenWords(s.day, s.sitting, ctx.today) })
          : sittingStateWords(s, ctx.today),
      );
  }
  return lines.join(' ');
}

function DayBody({ ctx, title }: { ctx: MealsContext; title: string }) {
  // A companion's meal may share a sitting the member booked; the member's own may not.
  const taken = draft.value?.companion ? undefined : takenBy(ctx.rows);
  const days = dayOptions(ctx.meals, ctx.now, ctx.timeZone, taken);
  const open = days.some((d) => d.sittings.some((s) => s.state === 'open'));
  usePrompt(open ? spoken(ctx, days, title) : t('meals.day.noneOpen'));
  return (
    <ScrollArea label={title}>
      <div class="meals-days">
        {days.map((d) => (
          <section key={d.day} class="meals-day" aria-label={dayWords(d.day, ctx.today)}>
            {!d.served && (
              <p class="meals-day__closed">
                {t('meals.day.closedDay', { day: dayWords(d.day, ctx.today) })}
              </p>
            )}
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
        {!open && <p class="meals-day__none">{t('meals.day.noneOpen')}</p>}
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
