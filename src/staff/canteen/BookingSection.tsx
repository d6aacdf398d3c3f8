/**
 * How far ahead elders may book, the dates the canteen is closed (holidays) and how elders pay,
 * on the canteen editor's rules page. The weekdays the canteen is closed are the ones no sitting
 * serves (each sitting's "哪几天供应"), so this section names them rather than asking twice.
 */
import { HTML_LANG, language, t } from '../../i18n';
import { DEFAULT_HORIZON_DAYS, MAX_HORIZON_DAYS } from '../../shared/config/meals';
import { TextSetting } from '../settings/controls';
import { draft, edit } from '../settings/draft';
import { LocalTextField, type LocalTextValue } from '../settings/LocalTextField';
import { getAt } from '../settings/paths';
import { messageAt } from '../settings/problems';
import { TextField } from '../ui/Field';
import { MEALS } from './canteen-draft';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
type Weekday = (typeof WEEKDAYS)[number];

/** The booking block as it stands, with the defaults a centre without one runs on. */
function booking(): { horizonDays: unknown; closedDates: unknown[] } {
  const block = getAt(draft.value[MEALS], ['booking']) as
    | { horizonDays?: unknown; closedDates?: unknown }
    | undefined;
  return {
    horizonDays: block?.horizonDays ?? DEFAULT_HORIZON_DAYS,
    closedDates: Array.isArray(block?.closedDates) ? block.closedDates : [],
  };
}

/** Writes the whole block, so a first edit never leaves the other setting missing. */
function setBooking(change: Partial<{ horizonDays: unknown; closedDates: unknown[] }>): void {
  edit(MEALS, ['booking'], { ...booking(), ...change });
}

/** Weekdays no sitting in the draft serves. */
function closedWeekdays(): Weekday[] {
  const sittings = getAt(draft.value[MEALS], ['sittings']);
  const served = new Set<number>();
  if (Array.isArray(sittings))
    for (const s of sittings as { days?: unknown }[])
      if (Array.isArray(s.days)) for (const d of s.days) served.add(d as number);
  return WEEKDAYS.filter((d) => !served.has(d));
}

function Horizon() {
  const { horizonDays } = booking();
  return (
    <TextField
      label={t('canteen.booking.horizon')}
      hint={t('canteen.booking.horizonHint', { max: MAX_HORIZON_DAYS })}
      inputMode="numeric"
      error={messageAt(MEALS, ['booking', 'horizonDays'])}
      value={String(horizonDays)}
      onInput={(text) => {
        const trimmed = text.trim();
        const number = Number(trimmed);
        setBooking({
          horizonDays: trimmed !== '' && Number.isFinite(number) ? number : text,
        });
      }}
    />
  );
}

function ClosedDates() {
  const { closedDates } = booking();
  const closed = closedWeekdays();
  return (
    <fieldset class="fieldset">
      <legend>{t('canteen.booking.closedDates')}</legend>
      <p class="field__hint">
        {closed.length > 0
          ? t('canteen.booking.closedWeekdays', {
              days: new Intl.ListFormat(HTML_LANG[language.value]).format(
                closed.map((d) => t(`settings.weekdays.${d}`)),
              ),
            })
          : t('canteen.booking.noClosedWeekdays')}
      </p>
      {messageAt(MEALS, ['booking', 'closedDates']) && (
        <p class="field__error">{messageAt(MEALS, ['booking', 'closedDates'])}</p>
      )}
      {closedDates.map((_, i) => {
        const name = t('canteen.booking.nthDate', { n: i + 1 });
        return (
          <div key={i} class="form__grid">
            <TextSetting
              file={MEALS}
              path={['booking', 'closedDates', i]}
              label={name}
              type="date"
            />
            <button
              type="button"
              class="button"
              onClick={() => setBooking({ closedDates: closedDates.filter((__, j) => j !== i) })}
            >
              {t('canteen.booking.removeDate', { name })}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        class="button"
        onClick={() => setBooking({ closedDates: [...closedDates, ''] })}
      >
        {t('canteen.booking.addDate')}
      </button>
    </fieldset>
  );
}

function PaymentNote() {
  const value = getAt(draft.value[MEALS], ['paymentNote']);
  return (
    <LocalTextField
      label={t('canteen.booking.paymentNote')}
      hint={t('canteen.booking.paymentNoteHint')}
      value={value && typeof value === 'object' ? (value as LocalTextValue) : undefined}
      // Emptied in every language, the note is left out (the saved screen then shows none).
      onChange={(next) =>
        edit(
          MEALS,
          ['paymentNote'],
          Object.values(next).every((s) => !s?.trim()) ? undefined : next,
        )
      }
      errorFor={(lang) => messageAt(MEALS, ['paymentNote', lang])}
      problem={messageAt(MEALS, ['paymentNote'])}
    />
  );
}

export function BookingSection() {
  return (
    <section class="settings__group" aria-labelledby="booking-heading">
      <h2 id="booking-heading">{t('canteen.booking.title')}</h2>
      <div class="form__grid">
        <Horizon />
      </div>
      <ClosedDates />
      <PaymentNote />
    </section>
  );
}
