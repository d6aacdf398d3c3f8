/** The demo canteen, a member table filler and a kiosk that pushes meal entries, for the meal suites. */
import { readFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import * as v from 'valibot';
import type { Database } from '../../../src/server/db/schema';
import { type CanteenSetup, mealHandlers } from '../../../src/server/meals/meals.appliers';
import { applierRegistry } from '../../../src/server/sync/appliers';
import { type MealsConfig, MealsSchema } from '../../../src/shared/config/meals';
import type { MealBookPayload } from '../../../src/shared/meals';
import { type PushResponse, type PushResult, uuidv7 } from '../../../src/shared/sync/index';
import { kioskApi } from '../kiosks/kiosk-api';
import { memberIn, proofFor } from '../support/proof';

export const demoMeals = (): MealsConfig =>
  v.parse(MealsSchema, JSON.parse(readFileSync('kiosk-config/demo/meals.json', 'utf8')));

export interface MemberSeed {
  id: string;
  birth_date?: string;
  categories?: string[];
  local_hukou?: number;
  valid_until?: string | null;
  address?: string | null;
}

let cards = 20000;
export async function addMember(db: Kysely<Database>, m: MemberSeed) {
  await db
    .insertInto('members')
    .values({
      id: m.id,
      card_number: String(++cards),
      name: `会员${m.id}`,
      birth_date: m.birth_date ?? '1940-05-01',
      phone: null,
      address: m.address === undefined ? '长青路 1 号' : m.address,
      local_hukou: m.local_hukou ?? 1,
      categories: JSON.stringify(m.categories ?? []),
      disability: 'none',
      pin_hash: null,
      emergency_name: null,
      emergency_phone: null,
      emergency_relation: null,
      valid_until: m.valid_until === undefined ? null : m.valid_until,
      notes: null,
      created_at: '2026-11-01T00:00:00.000Z',
      updated_at: '2026-11-01T00:00:00.000Z',
    })
    .execute();
}

/** An API whose push applies meal entries against `meals` (the demo canteen by default). */
export async function canteenApi(db: Kysely<Database>, meals: MealsConfig = demoMeals()) {
  const setup: CanteenSetup = { meals, timeZone: 'Asia/Shanghai' };
  const api = kioskApi(db, applierRegistry(mealHandlers(() => setup)));
  const admin = await api.admin();
  const kiosks = new Map<string, Awaited<ReturnType<typeof api.enroll>>>();
  const kiosk = async (name = 'k1') => {
    let k = kiosks.get(name);
    if (!k) {
      k = await api.enroll(admin, name);
      kiosks.set(name, k);
    }
    return k;
  };
  /**
   * Push one entry from kiosk `from` and return its result. An entry naming a member carries a
   * proof of their card sealed on that kiosk, as a real kiosk's does.
   */
  const send = async (
    kind: string,
    payload: unknown,
    from = 'k1',
    id: string = uuidv7(),
  ): Promise<PushResult> => {
    const k = await kiosk(from);
    const member = memberIn(payload);
    const proof = member === null ? undefined : await proofFor(db, k, member, id);
    const res = await api.post(
      '/api/sync/push',
      {
        kioskId: k.kioskId,
        entries: [
          {
            id,
            kind,
            payload,
            kioskTime: '2026-11-24T16:00:00.000+08:00',
            kioskId: k.kioskId,
            ...(proof ? { proof } : {}),
          },
        ],
      },
      k.auth,
    );
    if (res.status !== 200)
      throw new Error(`push failed: ${res.status} ${JSON.stringify(api.logs.at(-1))}`);
    const body = (await res.json()) as PushResponse;
    return body.results[0] as PushResult;
  };
  const book = (p: Partial<MealBookPayload> & { memberId: string }, from?: string, id?: string) =>
    send(
      'meal.book',
      {
        day: '2026-11-25',
        sitting: 'lunch',
        mealId: 'braised-fish',
        delivery: false,
        companion: false,
        quotedElderFen: 0,
        ...p,
      },
      from,
      id,
    );
  const cancel = (memberId: string, bookingId: string, from?: string) =>
    send('meal.cancel', { memberId, bookingId }, from);
  return { api, setup, kiosk, send, book, cancel };
}

export const bookings = (db: Kysely<Database>) =>
  db.selectFrom('meal_bookings').selectAll().orderBy('booked_at').orderBy('id').execute();
