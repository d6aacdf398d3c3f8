/**
 * The kitchen's roster of one sitting (kitchen, staff, admin): how many of each meal and of each
 * diet to cook, the dine-in list and the delivery route, each meal marked served / delivered /
 * no-show with one click (and undone with one). Live: a kiosk's push re-reads the roster. Prints
 * on A4 in large type, one list per page (console.css, @media print).
 */
import { computed, signal } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import { localText, runtimeKey, t, verbatim } from '../../../i18n';
import { hrefOf } from '../../../shared/api/contract';
import type { MealsConfig } from '../../../shared/config/meals';
import { sittingsOn } from '../../../shared/meals';
import { MealsApi } from '../../../shared/meals/api';
import { call } from '../../api/client';
import { ApiError } from '../../api/http';
import { dateTime } from '../../app/format';
import { lastPush, streamState } from '../../live/live';
import { SelectField, TextField } from '../../ui/Field';
import { ErrorNote } from '../../ui/Notice';
import { CanteenGate } from './CanteenGate';
import { canteen, mealName, sittingName } from './canteen';
import { centreToday, isDay } from './dates';
import { type RosterCounts, rosterCounts, withStatus } from './roster-counts';
import type { BookingStatus, RosterLine, SittingRoster } from './types';

interface Choice {
  day: string;
  sitting: string;
}

/** Kept across pages, so the kitchen comes back to the sitting it was working on. */
const chosen = signal<Choice | null>(null);

/** "#/roster/2026-11-26" or "#/roster/2026-11-26/lunch": a roster's own address. */
function choiceFrom(rest: string | null, meals: MealsConfig): Partial<Choice> {
  const [day, sitting] = (rest ?? '').split('/');
  return {
    ...(day && isDay(day) ? { day } : {}),
    ...(sitting && meals.sittings.some((s) => s.id === sitting) ? { sitting } : {}),
  };
}

/** The sitting to show first on `day`: the first served that day, else the first there is. */
function firstSitting(meals: MealsConfig, day: string): string {
  return (sittingsOn(meals, day)[0] ?? meals.sittings[0])?.id ?? '';
}

/** When the list was printed: set as the print dialog opens (the button, or Ctrl+P). */
const printedAt = signal(new Date());
// Bound to its text node, so the words change at once, before the browser lays out the print.
const printedText = computed(() =>
  t('kitchen.roster.printedAt', { time: dateTime(printedAt.value.toISOString()) }),
);

/** On paper, above each list: the centre, which sitting, and when it was printed. */
function PrintHeading({ when }: { when: string }) {
  const c = canteen.value;
  const centre = c && !(c instanceof Error) ? localText(c.centreName) : '';
  return (
    <div class="print-only roster-print-heading">
      <p class="roster-when">{t('kitchen.roster.printHeading', { centre, when })}</p>
      <p>{printedText}</p>
    </div>
  );
}

export function RosterPage({ rest }: { rest: string | null }) {
  return (
    <>
      <div class="page-head">
        <h1 tabIndex={-1}>{t('kitchen.roster.title')}</h1>
      </div>
      <CanteenGate>
        {(meals, timeZone) => <Roster meals={meals} timeZone={timeZone} rest={rest} />}
      </CanteenGate>
    </>
  );
}

function Roster({
  meals,
  timeZone,
  rest,
}: {
  meals: MealsConfig;
  timeZone: string;
  rest: string | null;
}) {
  const [choice, setChoice] = useState<Choice>(() => {
    const fromAddress = choiceFrom(rest, meals);
    const day = fromAddress.day ?? chosen.value?.day ?? centreToday(timeZone);
    return {
      day,
      sitting: fromAddress.sitting ?? chosen.value?.sitting ?? firstSitting(meals, day),
    };
  });
  const { day, sitting } = choice;
  const [roster, setRoster] = useState<SittingRoster | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  // A new object on every kiosk push: the roster is read again, so counts follow the kiosks.
  const push = lastPush.value;
  const live = streamState.value;

  // Printed from the button or the browser's own menu: the time on paper is the time of printing.
  useEffect(() => {
    const stamp = () => {
      printedAt.value = new Date();
    };
    window.addEventListener('beforeprint', stamp);
    return () => window.removeEventListener('beforeprint', stamp);
  }, []);

  // A link to another roster (#/roster/<day>/<sitting>) while this page is open.
  useEffect(() => {
    const fromAddress = choiceFrom(rest, meals);
    if (fromAddress.day || fromAddress.sitting) choose(fromAddress);
  }, [rest]);

  // Read again on every kiosk push, and on (re)connecting to the event stream: pushes made while
  // it was down were not heard.
  useEffect(() => {
    let current = true;
    call(MealsApi.roster, { query: { day, sitting } }).then(
      (answer) => {
        if (!current) return;
        setRoster(answer.roster);
        setError(null);
      },
      (e: unknown) => current && setError(e),
    );
    return () => {
      current = false;
    };
  }, [day, sitting, push, live === 'open']);

  function choose(next: Partial<Choice>) {
    const merged = { ...choice, ...next };
    if (!isDay(merged.day)) return; // A half-typed date: wait for the whole of it.
    if (merged.day === day && merged.sitting === sitting) return;
    chosen.value = merged;
    setRoster(null);
    setChoice(merged);
  }

  async function mark(line: RosterLine, status: BookingStatus) {
    setBusy(line.bookingId);
    setError(null);
    try {
      const answer = await call(MealsApi.bookingStatus, {
        params: { id: line.bookingId },
        body: { status },
      });
      setRoster((r) => (r ? withStatus(r, line.bookingId, answer.status) : r));
    } catch (e) {
      setError(
        e instanceof ApiError && e.code === 'booking_status' ? t('kitchen.roster.cannotMark') : e,
      );
    } finally {
      setBusy(null);
    }
  }

  const when = t('kitchen.roster.when', {
    day: verbatim(day),
    sitting: sittingName(meals, sitting),
  });
  const served = sittingsOn(meals, day).some((s) => s.id === sitting);
  const counts = roster && roster.day === day && roster.sitting === sitting ? roster : null;

  return (
    <>
      <div class="actions roster-actions no-print">
        <a
          class="button"
          href={hrefOf(MealsApi.roster, { query: { day, sitting, format: 'csv' } })}
          download
        >
          {t('console.common.exportCsv')}
        </a>
        <button type="button" class="button button--primary" onClick={() => window.print()}>
          {t('kitchen.roster.print')}
        </button>
      </div>
      <form class="filters no-print" onSubmit={(e) => e.preventDefault()}>
        <TextField
          type="date"
          label={t('kitchen.roster.day')}
          value={day}
          onInput={(value) => choose({ day: value })}
        />
        <SelectField
          label={t('kitchen.roster.sitting')}
          value={sitting}
          onChange={(value) => choose({ sitting: value })}
          options={meals.sittings.map((s) => ({ value: s.id, label: sittingName(meals, s.id) }))}
        />
      </form>
      <p class="roster-when">{when}</p>
      <p class={`live live--inline live--${live} no-print`} role="status">
        {live === 'reconnecting' ? t('kitchen.roster.reconnecting') : t('kitchen.roster.live')}
      </p>
      {!served && (
        <p class="notice notice--info">
          {t('kitchen.roster.notServed', { sitting: sittingName(meals, sitting) })}
        </p>
      )}
      <ErrorNote error={error} />
      {!counts ? (
        !error && <p>{t('console.common.loading')}</p>
      ) : (
        <>
          <Counts counts={rosterCounts(counts, meals)} meals={meals} />
          <section class="roster-list" aria-labelledby="roster-dine-in">
            {/* Each list prints on a page of its own, which says which sitting it is. */}
            <PrintHeading when={when} />
            <h2 id="roster-dine-in">
              {t('kitchen.roster.dineIn', { count: counts.dineIn.length })}
            </h2>
            <Lines
              lines={counts.dineIn}
              meals={meals}
              busy={busy}
              onMark={(l, s) => void mark(l, s)}
            />
          </section>
          <section class="roster-list roster-list--delivery" aria-labelledby="roster-delivery">
            {/* Each list prints on a page of its own, which says which sitting it is. */}
            <PrintHeading when={when} />
            <h2 id="roster-delivery">
              {t('kitchen.roster.delivery', { count: counts.delivery.length })}
            </h2>
            <Lines
              lines={counts.delivery}
              meals={meals}
              busy={busy}
              onMark={(l, s) => void mark(l, s)}
              delivery
            />
          </section>
        </>
      )}
    </>
  );
}

function Counts({ counts, meals }: { counts: RosterCounts; meals: MealsConfig }) {
  return (
    <section class="roster-counts" aria-labelledby="roster-counts" aria-live="polite">
      <h2 id="roster-counts" class="visually-hidden">
        {t('kitchen.roster.counts')}
      </h2>
      <dl class="figures figures--roster">
        <div class="figure" data-figure="total">
          <dt>{t('kitchen.roster.total')}</dt>
          <dd>
            <span class="figure__value">{t('kitchen.count', { count: counts.total })}</span>
          </dd>
        </div>
        <div class="figure" data-figure="waiting">
          <dt>{t('kitchen.roster.waiting')}</dt>
          <dd>
            <span class="figure__value">{t('kitchen.count', { count: counts.waiting })}</span>
          </dd>
        </div>
        <div class="figure" data-figure="done">
          <dt>{t('kitchen.roster.done')}</dt>
          <dd>
            <span class="figure__value">
              {t('kitchen.count', { count: counts.served + counts.delivered })}
            </span>
            <span class="figure__hint">
              {t('kitchen.roster.doneHint', {
                served: counts.served,
                delivered: counts.delivered,
                noShow: counts.noShow,
              })}
            </span>
          </dd>
        </div>
      </dl>
      <div class="count-tables">
        <table class="table table--counts" data-counts="meals">
          <caption>{t('kitchen.roster.byMeal')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('kitchen.roster.meal')}</th>
              <th scope="col" class="num">
                {t('kitchen.roster.howMany')}
              </th>
            </tr>
          </thead>
          <tbody>
            {counts.byMeal.length === 0 ? (
              <tr>
                <td colSpan={2}>{t('kitchen.roster.noMeals')}</td>
              </tr>
            ) : (
              counts.byMeal.map((m) => (
                <tr key={m.mealId} data-meal={m.mealId}>
                  <th scope="row">{mealName(meals, m.mealId)}</th>
                  <td class="num">{m.count}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
        <table class="table table--counts" data-counts="flags">
          <caption>{t('kitchen.roster.byFlag')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('kitchen.roster.flag')}</th>
              <th scope="col" class="num">
                {t('kitchen.roster.howMany')}
              </th>
            </tr>
          </thead>
          <tbody>
            {counts.byFlag.map((f) => (
              <tr key={f.flag} data-flag={f.flag}>
                <th scope="row">{t(`kitchen.flags.${f.flag}`)}</th>
                <td class="num">{f.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

const DONE_LABEL: Record<BookingStatus, string> = {
  booked: 'kitchen.status.booked',
  served: 'kitchen.status.served',
  delivered: 'kitchen.status.delivered',
  'no-show': 'kitchen.status.noShow',
};

function Lines({
  lines,
  meals,
  busy,
  onMark,
  delivery = false,
}: {
  lines: RosterLine[];
  meals: MealsConfig;
  busy: string | null;
  onMark: (line: RosterLine, status: BookingStatus) => void;
  delivery?: boolean;
}) {
  if (lines.length === 0) return <p>{t('kitchen.roster.empty')}</p>;
  return (
    <div class="table-wrap">
      <table class="table table--roster">
        <thead>
          <tr>
            {delivery && (
              <th scope="col" class="num">
                {t('kitchen.roster.stop')}
              </th>
            )}
            <th scope="col">{t('members.field.name')}</th>
            {delivery ? (
              <>
                <th scope="col">{t('members.field.address')}</th>
                <th scope="col">{t('members.field.phone')}</th>
              </>
            ) : (
              <th scope="col">{t('members.field.cardNumber')}</th>
            )}
            <th scope="col">{t('kitchen.roster.meal')}</th>
            <th scope="col">{t('members.field.notes')}</th>
            <th scope="col">{t('kitchen.roster.status')}</th>
            <th scope="col" class="no-print">
              {t('console.common.actions')}
            </th>
            {/* On paper, a box to tick by hand as each meal is served or delivered. */}
            <th scope="col" class="print-only-cell">
              {t('kitchen.roster.tick')}
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l, i) => (
            <tr key={l.bookingId} data-booking={l.bookingId} data-status={l.status}>
              {delivery && <td class="num">{i + 1}</td>}
              <th scope="row">
                {verbatim(l.memberName)}
                {l.companion && (
                  <span class="tag tag--companion">{t('kitchen.roster.companion')}</span>
                )}
              </th>
              {delivery ? (
                <>
                  <td>{verbatim(l.address ?? '')}</td>
                  <td class="nowrap">{verbatim(l.phone ?? '')}</td>
                </>
              ) : (
                <td class="mono">{verbatim(l.cardNumber)}</td>
              )}
              <td>{mealName(meals, l.mealId)}</td>
              <td>{l.notes ? verbatim(l.notes) : ''}</td>
              <td>
                <span class={`badge badge--${l.status === 'booked' ? 'off' : 'ok'}`}>
                  {t(runtimeKey(DONE_LABEL[l.status]))}
                </span>
              </td>
              <td class="no-print">
                <div class="actions actions--row">
                  {l.status === 'booked' ? (
                    <>
                      <button
                        type="button"
                        class="button button--primary"
                        disabled={busy === l.bookingId}
                        aria-label={t(
                          delivery
                            ? 'kitchen.roster.markDeliveredFor'
                            : 'kitchen.roster.markServedFor',
                          {
                            name: l.memberName,
                          },
                        )}
                        onClick={() => onMark(l, delivery ? 'delivered' : 'served')}
                      >
                        {t(delivery ? 'kitchen.roster.markDelivered' : 'kitchen.roster.markServed')}
                      </button>
                      <button
                        type="button"
                        class="button button--quiet"
                        disabled={busy === l.bookingId}
                        aria-label={t('kitchen.roster.markNoShowFor', { name: l.memberName })}
                        onClick={() => onMark(l, 'no-show')}
                      >
                        {t('kitchen.roster.markNoShow')}
                      </button>
                    </>
                  ) : (
                    <button
                      type="button"
                      class="button button--quiet"
                      disabled={busy === l.bookingId}
                      aria-label={t('kitchen.roster.undoFor', { name: l.memberName })}
                      onClick={() => onMark(l, 'booked')}
                    >
                      {t('kitchen.roster.undo')}
                    </button>
                  )}
                </div>
              </td>
              <td class="print-only-cell tick-box" />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
