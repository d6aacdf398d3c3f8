/**
 * The outreach lists' contracts (issue #13 item 4), for the desk (subsidies.outreach):
 * - GET /api/subsidies/outreach/eligible — members the rules say could get a programme they are
 *   not recorded as receiving, each with the engine's reasons and what to bring;
 * - GET /api/subsidies/outreach/birthdays — members who reach an age where a programme starts
 *   paying them (the programmes' own age edges: 80, 85, 90, 100 in the demo) within the next
 *   three months, and must register before then.
 * Both answer `?format=csv` as a CSV file for Excel (a plain link: hrefOf).
 */
import * as v from 'valibot';
import { route } from '../api/contract';
import { OPTIONAL_FORMAT_FIELD } from '../api/fields';
import { ReasonSchema } from './api';

/** How far ahead the birthday list looks, in calendar months. */
export const OUTREACH_MONTHS_AHEAD = 3;

export const OutreachQuery = v.object({ format: OPTIONAL_FORMAT_FIELD });

/** Who to call: the register's name, card, contacts and age. */
const PersonFields = {
  memberId: v.string(),
  name: v.string(),
  cardNumber: v.string(),
  phone: v.nullable(v.string()),
  /** Where they live (the register keeps the community in the address). */
  address: v.nullable(v.string()),
  birthDate: v.string(),
  /** Completed years (周岁) on the list's day. */
  age: v.number(),
};

/** One programme one member could get and is not recorded as receiving. */
export const EligibleLineSchema = v.object({
  ...PersonFields,
  programmeId: v.string(),
  /** A month's amount (monthly) or the grant's cap (one-off), by the rules. */
  fen: v.number(),
  /** The first month it is paid, "YYYY-MM", when that is still ahead (the birthday has passed). */
  startMonth: v.nullable(v.string()),
  reasons: v.array(ReasonSchema),
});
export type EligibleLine = v.InferOutput<typeof EligibleLineSchema>;

/** One member reaching an age edge in the window, and the programme it opens for them. */
export const BirthdayLineSchema = v.object({
  ...PersonFields,
  /** The age they turn. */
  turns: v.number(),
  /** The day they turn it, "YYYY-MM-DD": they should register before then. */
  birthday: v.string(),
  programmeId: v.string(),
  /** What the programme pays them from `startMonth`. */
  fen: v.number(),
  startMonth: v.string(),
  reasons: v.array(ReasonSchema),
});
export type BirthdayLine = v.InferOutput<typeof BirthdayLineSchema>;

export const OutreachApi = {
  eligible: route({
    method: 'GET',
    path: '/api/subsidies/outreach/eligible',
    query: OutreachQuery,
    response: v.object({ day: v.string(), lines: v.array(EligibleLineSchema) }),
  }),
  birthdays: route({
    method: 'GET',
    path: '/api/subsidies/outreach/birthdays',
    query: OutreachQuery,
    response: v.object({
      day: v.string(),
      /** The last birthday the list looks at (three months after `day`). */
      until: v.string(),
      /** The ages looked for, from the programmes in force. */
      ages: v.array(v.number()),
      lines: v.array(BirthdayLineSchema),
    }),
  }),
};
