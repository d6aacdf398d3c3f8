/** A member as the server answers and the console shows: never the PIN, only whether there is one. */
import type { DisabilityGrade, MemberCategory } from './categories';

export interface MemberView {
  id: string;
  /** Normal form (see normalizeCardNumber). */
  cardNumber: string;
  name: string;
  birthDate: string;
  /** Completed years (周岁) today in the centre's time zone. */
  age: number;
  phone: string | null;
  address: string | null;
  localHukou: boolean;
  categories: MemberCategory[];
  disability: DisabilityGrade;
  hasPin: boolean;
  emergencyContact: { name: string; phone: string; relation: string | null } | null;
  validUntil: string | null;
  /** On today's date in the centre's time zone. */
  status: 'active' | 'expired';
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}
