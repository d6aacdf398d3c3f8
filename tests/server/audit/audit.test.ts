import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { recordAudit } from '../../../src/server/audit/audit.service';
import { newId } from '../../../src/server/db/ids';
import type { Database } from '../../../src/server/db/schema';
import { csvField } from '../../../src/server/lib/csv';
import { type ErrorJson, seedAccount, testApi } from '../support/api';
import { forEachStore } from '../support/stores';

const PASSWORD = 'correct horse battery';

interface Page {
  entries: {
    id: string;
    at: string;
    action: string;
    actor: { label: string };
    subject: unknown;
    details: unknown;
  }[];
  nextCursor: string | null;
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF inside quotes). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += ch;
  }
  return records;
}

forEachStore((_store, makeDb) => {
  async function setup() {
    const db = await makeDb();
    const api = testApi(db);
    await seedAccount(db, 'wangfang', 'admin', PASSWORD, '王芳');
    const admin = await api.login('wangfang', PASSWORD);
    return { db, api, admin };
  }

  async function addEntries(db: Kysely<Database>, count: number, action = 'test.thing') {
    for (let i = 0; i < count; i++)
      await recordAudit(db, {
        at: new Date(Date.UTC(2026, 10, 20, 9, 0, i)),
        actor: { kind: 'cli' },
        action,
        subject: { type: 'thing', id: `t${i}` },
        details: { n: i },
      });
  }

  describe('GET /api/audit', () => {
    it('is for admins only', async () => {
      const { api, db } = await setup();
      expect((await api.get('/api/audit')).status).toBe(401);
      await seedAccount(db, 'trainer', 'trainer');
      const trainer = await api.login('trainer', PASSWORD);
      expect((await api.get('/api/audit', { cookie: trainer })).status).toBe(403);
    });

    it('pages newest first with a cursor, never repeating or skipping an entry', async () => {
      const { api, db, admin } = await setup();
      await addEntries(db, 7);
      const seen: string[] = [];
      let cursor: string | null = null;
      const sizes: number[] = [];
      do {
        const query: string = `/api/audit?action=test.thing&limit=3${cursor ? `&cursor=${cursor}` : ''}`;
        const res = await api.get(query, { cookie: admin });
        expect(res.status).toBe(200);
        const page = (await res.json()) as Page;
        sizes.push(page.entries.length);
        seen.push(...page.entries.map((e) => (e.subject as { id: string }).id));
        cursor = page.nextCursor;
        // An entry arriving mid-way is newer, so it does not shift the pages being read.
        await addEntries(db, 1, 'test.thing.later');
      } while (cursor);
      expect(sizes).toEqual([3, 3, 1]);
      expect(seen).toEqual(['t6', 't5', 't4', 't3', 't2', 't1', 't0']);
    });

    it('returns entries in a readable shape and filters by subject and time', async () => {
      const { api, db, admin } = await setup();
      await addEntries(db, 5);
      const res = await api.get('/api/audit?subjectType=thing&subjectId=t2', { cookie: admin });
      const page = (await res.json()) as Page;
      expect(page.entries).toEqual([
        {
          id: expect.any(String),
          at: '2026-11-20T09:00:02.000Z',
          actor: { id: null, label: 'cli' },
          action: 'test.thing',
          subject: { type: 'thing', id: 't2' },
          details: { n: 2 },
        },
      ]);
      // from is inclusive, to exclusive; a zone offset is understood.
      const window = await api.get(
        `/api/audit?from=${encodeURIComponent('2026-11-20T17:00:01+08:00')}&to=2026-11-20T09:00:03Z`,
        { cookie: admin },
      );
      const ids = ((await window.json()) as Page).entries.map(
        (e) => (e.subject as { id: string }).id,
      );
      expect(ids).toEqual(['t2', 't1']);
    });

    it('explains bad query parameters', async () => {
      const { api, admin } = await setup();
      const res = await api.get('/api/audit?limit=5000&from=yesterday&format=xml', {
        cookie: admin,
      });
      expect(res.status).toBe(400);
      const { error } = (await res.json()) as ErrorJson;
      expect(error.fields?.map((f) => f.path)).toEqual(['limit', 'from', 'format']);
      expect(error.fields?.[0]?.message).toBe('limit must be a whole number from 1 to 200.');
      const cursor = await api.get('/api/audit?cursor=not-a-cursor', { cookie: admin });
      expect(cursor.status).toBe(400);
      expect(((await cursor.json()) as ErrorJson).error.code).toBe('invalid_cursor');
    });
  });

  describe('CSV export', () => {
    it('is UTF-8 with a BOM, RFC 4180 quoted, with Chinese intact and formulas defused', async () => {
      const { api, db, admin } = await setup();
      await recordAudit(db, {
        at: new Date('2026-11-21T01:02:03.000Z'),
        actor: { kind: 'cli' },
        action: 'test.csv',
        subject: { type: 'staff_account', id: 'id,with "quotes"\r\nand a line break' },
        details: { name: '王芳', note: '=HYPERLINK("http://evil")' },
      });
      await recordAudit(db, {
        at: new Date('2026-11-21T01:02:04.000Z'),
        actor: { kind: 'system' },
        action: 'test.csv',
        subject: { type: 'formula', id: '=1+1' },
      });
      const res = await api.get('/api/audit?format=csv&action=test.csv', { cookie: admin });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toBe(
        'attachment; filename="audit-2026-11-24.csv"',
      );
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
      expect(text.startsWith('at,actor,actor_id,action,subject_type,subject_id,details\r\n')).toBe(
        true,
      );
      expect(text.endsWith('\r\n')).toBe(true);
      const records = parseCsv(text);
      expect(records).toEqual([
        ['at', 'actor', 'actor_id', 'action', 'subject_type', 'subject_id', 'details'],
        ['2026-11-21T01:02:04.000Z', 'system', '', 'test.csv', 'formula', "'=1+1", '{}'],
        [
          '2026-11-21T01:02:03.000Z',
          'cli',
          '',
          'test.csv',
          'staff_account',
          'id,with "quotes"\r\nand a line break',
          '{"name":"王芳","note":"=HYPERLINK(\\"http://evil\\")"}',
        ],
      ]);
    });

    it('streams logs longer than one read batch, newest first, once each', async () => {
      const { api, db, admin } = await setup();
      const rows = Array.from({ length: 1234 }, (_, i) => ({
        id: newId(Date.UTC(2026, 10, 1) + i * 1000),
        at: new Date(Date.UTC(2026, 10, 1) + i * 1000).toISOString(),
        actor_id: null,
        actor_label: 'cli',
        action: 'bulk',
        subject_type: 'n',
        subject_id: String(i),
        details: '{}',
      }));
      for (let i = 0; i < rows.length; i += 200)
        await db
          .insertInto('audit_log')
          .values(rows.slice(i, i + 200))
          .execute();
      const res = await api.get('/api/audit?format=csv&action=bulk', { cookie: admin });
      const records = parseCsv((await res.text()).replace(/^\uFEFF/, ''));
      expect(records).toHaveLength(1 + 1234);
      expect(records[1]?.[5]).toBe('1233');
      expect(records.at(-1)?.[5]).toBe('0');
      expect(new Set(records.map((r) => r[5])).size).toBe(1235);
    });

    it('is admin only', async () => {
      const { api } = await setup();
      expect((await api.get('/api/audit?format=csv')).status).toBe(401);
    });
  });
});

describe('csvField', () => {
  it('quotes only what needs quoting', () => {
    expect(csvField('plain 王芳')).toBe('plain 王芳');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField(null)).toBe('');
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});
