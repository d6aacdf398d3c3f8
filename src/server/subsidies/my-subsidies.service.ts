/**
 * "我的补贴" for the member identified at a kiosk (issue #13 item 3). The kiosk sends the proof of
 * identification it sealed then; only this server opens it. The figures are given only when the
 * proof names this member's card, was sealed on this kiosk for the session it claims, is no older
 * than the longest session, and carries the member's PIN — checked here, counting wrong PINs
 * toward the same lock as identification (a device token alone must not make a PIN guesser). A
 * member without a PIN is answered `no-pin`: money figures need one.
 *
 * The answer is the engine's reading of the member's facts today beside what the register says
 * they receive: receiving / suspended / could get but not applied / not yet / not eligible; and,
 * where the bureau's imported lists have them, the last payment and the vouchers left, each with
 * the month those lists are as of. Online only: nothing of it is kept on the kiosk.
 */
import type { Kysely } from 'kysely';
import type { CentreKioskConfig } from '../../shared/config/schema';
import { normalizeCardNumber } from '../../shared/members/card';
import {
  addMonths,
  evaluateSubsidies,
  mealSubsidyUse,
  nextPayoutDate,
  type ProgrammeResult,
} from '../../shared/subsidies';
import type { MySubsidiesResult, MySubsidyItem } from '../../shared/subsidies/api';
import { SUBSIDY_APPLY_CATEGORY } from '../../shared/subsidies/apply';
import { type EntryProof, LONGEST_SESSION_MS, PROOF_CLOCK_SLACK_MS } from '../../shared/sync/index';
import type { Database } from '../db/schema';
import { selectOpenProgrammeRequests } from '../help/help.repository';
import { OPEN_APPLY_STATUSES } from '../help/subsidy-apply.appliers';
import { AppError } from '../http/errors';
import { centreToday, DEFAULT_TIME_ZONE } from '../lib/centre-day';
import { checkMemberPin } from '../members/identify.service';
import { findMemberByCard } from '../members/members.repository';
import type { ProofKeys } from '../sync/proof-keys';
import { bureauFigures } from './bureau-figures';
import { selectSubsidisedMeals } from './meal-use.repository';
import { memberFacts } from './member-facts';
import { selectMemberSubsidies } from './subsidies.repository';
import type { MemberSubsidyRow } from './subsidies.table';

const refused = (code: string, message: string) => new AppError(403, code, message);

const monthOfDay = (day: string) => day.slice(0, 7);

/**
 * The next payout that pays this member something: the first payout day on or after `day`, and
 * never before the first payout after the month they were first paid for (accrued monthly,
 * each payout paying the months before it).
 */
function nextPayoutFor(payout: Parameters<typeof nextPayoutDate>[0], since: string, day: string) {
  const firstOwed = `${addMonths(since, 1)}-01`;
  return nextPayoutDate(payout, firstOwed > day ? firstOwed : day);
}

function heldIn(row: MemberSubsidyRow, month: string): boolean {
  return (
    row.suspended_from !== null &&
    row.suspended_from <= month &&
    (row.suspended_to === null || row.suspended_to >= month)
  );
}

/** One programme's line for this member. */
function itemOf(
  result: ProgrammeResult,
  row: MemberSubsidyRow | undefined,
  config: NonNullable<CentreKioskConfig['subsidies']>,
  day: string,
): MySubsidyItem {
  const none = { since: null, suspendedFrom: null, startMonth: null, nextPayout: null };
  if (row) {
    const held = heldIn(row, monthOfDay(day));
    const payout = config.programmes.find((p) => p.id === result.id)?.payout;
    return {
      ...none,
      programmeId: result.id,
      status: held ? 'suspended' : 'receiving',
      fen: Number(row.fen),
      since: row.since,
      suspendedFrom: held ? row.suspended_from : null,
      nextPayout:
        !held && payout && result.kind === 'monthly' ? nextPayoutFor(payout, row.since, day) : null,
      reasons: [],
    };
  }
  if ((result.verdict === 'yes' || result.verdict === 'maybe') && result.paid)
    return {
      ...none,
      programmeId: result.id,
      status: 'not-applied',
      fen: result.fen,
      reasons: result.reasons,
    };
  if (result.verdict === 'not-yet')
    return {
      ...none,
      programmeId: result.id,
      status: 'not-yet',
      fen: result.fen,
      startMonth: result.startMonth ?? null,
      reasons: result.reasons,
    };
  // No, or paid instead by a programme of the same exclusive group (the reason names it).
  const reasons = result.paid
    ? result.reasons
    : result.reasons.filter((r) => r.code === 'exclusive');
  return { ...none, programmeId: result.id, status: 'not-eligible', fen: 0, reasons };
}

/** Programme → the centre's day of the member's first 帮我申请 that staff have not finished. */
async function askedOnDays(db: Kysely<Database>, memberId: string, timeZone: string) {
  const open = await selectOpenProgrammeRequests(
    db,
    memberId,
    SUBSIDY_APPLY_CATEGORY,
    OPEN_APPLY_STATUSES,
  );
  const days = new Map<string, string>();
  for (const row of open)
    if (row.programme_id && !days.has(row.programme_id))
      days.set(row.programme_id, centreToday(new Date(row.created_at), timeZone));
  return days;
}

export interface MySubsidiesRequest {
  memberId: string;
  proof: EntryProof;
  kioskId: string;
}

export async function mySubsidies(
  db: Kysely<Database>,
  keys: ProofKeys,
  request: MySubsidiesRequest,
  config: CentreKioskConfig | undefined,
  day: string,
  now: Date,
): Promise<MySubsidiesResult> {
  const identity = keys.open(request.proof.sealed);
  if (!identity)
    throw refused('bad_proof', 'The proof of identification does not open with this server’s key.');
  const card = normalizeCardNumber(identity.card);
  const member = card === undefined ? undefined : await findMemberByCard(db, card);
  if (!member || member.id !== request.memberId)
    throw refused('bad_proof', 'The card in the proof of identification is not this member’s.');
  if (identity.kiosk !== request.kioskId)
    throw refused('bad_proof', 'The proof of identification was sealed on another kiosk.');
  if (identity.session !== request.proof.session)
    throw refused('bad_proof', 'The proof of identification was sealed for another session.');
  const age = now.getTime() - identity.at;
  if (age > LONGEST_SESSION_MS + PROOF_CLOCK_SLACK_MS || age < -PROOF_CLOCK_SLACK_MS)
    throw refused(
      'bad_proof',
      'The proof of identification is from another visit; tap the card again.',
    );
  if (member.pin_hash === null) return { result: 'no-pin' };
  if (identity.pin === undefined)
    throw refused('pin_needed', 'This member has a PIN: money figures need it typed at the kiosk.');
  const pin = await checkMemberPin(db, card as string, identity.pin, now);
  if (pin.result !== 'ok')
    throw refused(
      'pin_needed',
      'The PIN in the proof is not the member’s, or it is locked for now.',
    );

  const subsidies = config?.subsidies;
  if (!subsidies)
    throw new AppError(404, 'no_subsidies', 'This centre has no subsidies.json: nothing to show.');
  const facts = memberFacts(member);
  const answer = evaluateSubsidies(subsidies, config.meals, facts, day);
  const rows = new Map(
    (await selectMemberSubsidies(db, member.id)).map((row) => [row.programme_id, row]),
  );
  const figures = await bureauFigures(db, member.id);
  const asked = await askedOnDays(db, member.id, config.centre.timeZone ?? DEFAULT_TIME_ZONE);
  const items = answer.programmes
    // A wider rule a more local one replaces is not a programme of its own for the elder.
    .filter((p) => p.verdict !== 'overridden' || rows.has(p.id))
    .map((p) => {
      const item = { ...itemOf(p, rows.get(p.id), subsidies, day), ...figures.get(p.id) };
      const askedOn = item.status === 'not-applied' ? asked.get(p.id) : undefined;
      return askedOn ? { ...item, askedOn } : item;
    });
  const meals = config.meals
    ? mealSubsidyUse(
        config.meals,
        {
          birthDate: member.birth_date,
          localHukou: facts.localHukou === true,
          categories: facts.categories ?? [],
          disability: facts.disability ?? 'none',
        },
        await selectSubsidisedMeals(
          db,
          member.id,
          `${day.slice(0, 4)}-01-01`,
          `${day.slice(0, 4)}-12-31`,
        ),
        day,
      )
    : null;
  return { result: 'figures', day, items, meals };
}
