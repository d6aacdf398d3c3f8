/**
 * The outreach lists' bench (issue #13 item 6): a register of 60,000 generated members (Huangshi
 * pays the old-age allowance to about 57,000 elders) written straight into the store, a share of
 * them recorded as receiving the allowance, then each list asked of the running server over HTTP
 * as the console asks it, timed from request to the whole answer read.
 *
 * The members are made by a seeded generator, so every run and both stores hold the same people:
 * born 1921–1971 (the register of an elder centre: 55 to 105), nine in ten local, about one in ten
 * 低保, one in fifty 特困, one in twelve with a moderate or worse disability.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../src/server/db/schema';
import type { MemberTable } from '../../../src/server/members/members.table';
import type { MemberSubsidyTable } from '../../../src/server/subsidies/subsidies.table';

/** mulberry32: a small seeded generator, so the register is the same on every run. */
function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const CHUNK = 500;

/** Writes `count` members (card numbers 900000…) and their recorded allowances; returns how many of each. */
export async function seedOutreachMembers(db: Kysely<Database>, count: number) {
  const random = seeded(20261205);
  const now = new Date().toISOString();
  let members: MemberTable[] = [];
  let receipts: MemberSubsidyTable[] = [];
  let written = { members: 0, receipts: 0 };
  const flush = async () => {
    if (members.length > 0) await db.insertInto('members').values(members).execute();
    if (receipts.length > 0) await db.insertInto('member_subsidies').values(receipts).execute();
    written = {
      members: written.members + members.length,
      receipts: written.receipts + receipts.length,
    };
    members = [];
    receipts = [];
  };
  for (let i = 0; i < count; i++) {
    const year = 1921 + Math.floor(random() * 51);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const roll = random();
    const categories = [
      ...(roll < 0.1 ? ['low-income'] : []),
      ...(roll >= 0.1 && roll < 0.12 ? ['extreme-poverty'] : []),
      ...(random() < 0.2 ? ['living-alone'] : []),
    ];
    const d = random();
    const disability =
      d < 0.8 ? 'none' : d < 0.92 ? 'mild' : d < 0.96 ? 'moderate' : d < 0.99 ? 'severe' : 'total';
    const local = random() < 0.9;
    const id = `bench-member-${String(i).padStart(6, '0')}`;
    members.push({
      id,
      card_number: String(900000 + i),
      name: `会员${i}`,
      birth_date: `${year}-${pad(month)}-${pad(day)}`,
      phone: `139${String(10000000 + i).slice(-8)}`,
      address: `枫林街道 ${1 + (i % 40)} 号楼`,
      local_hukou: local ? 1 : 0,
      categories: JSON.stringify(categories),
      disability,
      pin_hash: null,
      emergency_name: null,
      emergency_phone: null,
      emergency_relation: null,
      valid_until: null,
      notes: null,
      created_at: now,
      updated_at: now,
    });
    // Most local members over 80 are already registered for the allowance; the rest are the list.
    if (local && year <= 1945 && random() < 0.7)
      receipts.push({
        member_id: id,
        programme_id: 'qinghe-old-age',
        fen: 5000,
        since: '2025-01',
        suspended_from: null,
        suspended_to: null,
        updated_at: now,
      });
    if (members.length === CHUNK) await flush();
  }
  await flush();
  return written;
}

/** Asks `path` of the server `runs` times; each run's seconds, its status and the answer's size. */
export async function timeList(base: string, cookie: string, path: string, runs = 3) {
  const seconds: number[] = [];
  let bytes = 0;
  let lines: number | null = null;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const res = await fetch(`${base}${path}`, { headers: { cookie } });
    const text = await res.text();
    seconds.push((performance.now() - started) / 1000);
    if (!res.ok) throw new Error(`${path} answered ${res.status}: ${text.slice(0, 300)}`);
    bytes = text.length;
    if (!path.includes('format=csv'))
      lines = (JSON.parse(text) as { lines: unknown[] }).lines.length;
  }
  const sorted = [...seconds].sort((a, b) => a - b);
  return { seconds, median: sorted[Math.floor(sorted.length / 2)] as number, bytes, lines };
}
