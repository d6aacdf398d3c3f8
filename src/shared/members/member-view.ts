/** A member as the server answers and the console shows: never the PIN, only whether there is one. */
import * as v from 'valibot';
import { DISABILITY_GRADES, MEMBER_CATEGORIES } from './categories';

export const MemberViewSchema = v.object({
  id: v.string(),
  /** Normal form (see normalizeCardNumber). */
  cardNumber: v.string(),
  name: v.string(),
  birthDate: v.string(),
  /** Completed years (周岁) today in the centre's time zone. */
  age: v.number(),
  phone: v.nullable(v.string()),
  address: v.nullable(v.string()),
  localHukou: v.boolean(),
  categories: v.array(v.picklist(MEMBER_CATEGORIES)),
  disability: v.picklist(DISABILITY_GRADES),
  hasPin: v.boolean(),
  emergencyContact: v.nullable(
    v.object({ name: v.string(), phone: v.string(), relation: v.nullable(v.string()) }),
  ),
  validUntil: v.nullable(v.string()),
  /** On today's date in the centre's time zone. */
  status: v.picklist(['active', 'expired']),
  notes: v.nullable(v.string()),
  createdAt: v.string(),
  updatedAt: v.string(),
});

export type MemberView = v.InferOutput<typeof MemberViewSchema>;
