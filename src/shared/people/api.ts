/**
 * /api/people: the people who do the centre's work without a console account — field workers
 * who go to an elder's home (a service request is assigned to them, and the kiosk tells the elder
 * "李师傅 上门"), and volunteers (the trainer issue's class helpers reuse this list). The admin
 * keeps the list; the desk picks from it when assigning (GET /api/help/assignees).
 */
import * as v from 'valibot';
import { route } from '../api/contract';
import { IdParam } from '../api/fields';
import { NameSchema } from '../staff/api';

/** What someone on the list does. */
export const PERSON_KINDS = ['field-worker', 'volunteer'] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];

/** A phone number to reach them, or empty for none. */
const PersonPhone = v.pipe(
  v.string('Enter a phone number, or leave it empty.'),
  v.trim(),
  v.maxLength(20, 'A phone number has at most 20 characters.'),
  v.regex(/^[0-9+\- ]*$/, 'A phone number uses only digits, spaces, + and -.'),
);

const Kind = v.picklist(PERSON_KINDS, `Choose what they do: ${PERSON_KINDS.join(' or ')}.`);

/** POST /api/people */
export const NewPersonBody = v.object({
  /** As elders and staff know them, e.g. 李师傅: the same rules as a staff member's name. */
  name: NameSchema,
  phone: v.optional(PersonPhone, ''),
  kind: Kind,
});

/** POST /api/people/:id: the whole record again (a person who stopped is made inactive). */
export const PersonBody = v.object({
  name: NameSchema,
  phone: PersonPhone,
  kind: Kind,
  active: v.boolean('Say whether they still work for the centre (active).'),
});

export const PersonSchema = v.object({
  id: v.string(),
  name: v.string(),
  /** Empty when none was given. */
  phone: v.string(),
  kind: v.picklist(PERSON_KINDS),
  active: v.boolean(),
  createdAt: v.string(),
  updatedAt: v.string(),
});
export type Person = v.InferOutput<typeof PersonSchema>;

const One = v.object({ person: PersonSchema });

export const PeopleApi = {
  /** Everyone on the list, active first, by name. */
  list: route({
    method: 'GET',
    path: '/api/people',
    response: v.object({ people: v.array(PersonSchema) }),
  }),
  add: route({ method: 'POST', path: '/api/people', body: NewPersonBody, response: One }),
  update: route({
    method: 'POST',
    path: '/api/people/:id',
    params: IdParam,
    body: PersonBody,
    response: One,
  }),
};
