/** What the absence-alert routes accept, with messages a person can act on. */
import * as v from 'valibot';
import { dayField } from '../../shared/api/fields';
import { ABSENCE_OUTCOMES } from '../../shared/meals/absence';

const day = dayField('the day');

/** GET /api/meals/absent?day=&format= (no day: today on the centre's clock) */
export const AbsentQuery = v.object({
  day: v.optional(day),
  format: v.optional(v.picklist(['json', 'csv'], 'format must be json or csv.')),
});

/** POST /api/meals/absent/checks */
export const AbsenceCheckBody = v.object({
  memberId: v.pipe(
    v.string('Say which member was checked (memberId).'),
    v.minLength(1, 'Say which member was checked (memberId).'),
    v.maxLength(64, 'There is no member with this id.'),
  ),
  day,
  outcome: v.picklist(
    ABSENCE_OUTCOMES,
    'outcome must be one of: reached (spoke to them), visited, no-answer.',
  ),
  note: v.optional(
    v.nullable(
      v.pipe(
        v.string('The note must be text.'),
        v.trim(),
        v.maxLength(500, 'Keep the note to at most 500 characters.'),
      ),
    ),
  ),
});
export type AbsenceCheckInput = v.InferOutput<typeof AbsenceCheckBody>;
