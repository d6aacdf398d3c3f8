/**
 * /api/members/:id/id-number: a member's resident ID number, for the desk only (issue #13 item 4).
 * It lives apart from the member's record, so no list, export, roster or kiosk answer carries it:
 * - GET answers it masked ("110105********1234"), for `members.idNumber`;
 * - GET ?reveal=1 answers it whole, only for `members.idNumber.reveal`, and each reveal is audited;
 * - PUT sets or clears it, checked (18 characters, a real birth date, the check character).
 */
import * as v from 'valibot';
import { route } from '../api/contract';
import { IdParam } from '../api/fields';
import { ID_NUMBER_PROBLEM_WORDS, idNumberProblem } from './id-number';

export const IdNumberQuery = v.object({
  reveal: v.optional(v.picklist(['0', '1'], 'reveal must be 1 (show it whole) or 0.'), '0'),
});

export const IdNumberBody = v.strictObject({
  idNumber: v.nullable(
    v.pipe(
      v.string('The ID number must be text.'),
      v.trim(),
      v.rawCheck(({ dataset, addIssue }) => {
        if (!dataset.typed) return;
        const problem = idNumberProblem(dataset.value);
        if (problem) addIssue({ message: ID_NUMBER_PROBLEM_WORDS[problem] });
      }),
    ),
  ),
});

/** The number (masked unless revealed), or null when the register has none. */
export const IdNumberAnswer = v.object({
  idNumber: v.nullable(v.string()),
  masked: v.boolean(),
});

export const MemberIdNumberApi = {
  get: route({
    method: 'GET',
    path: '/api/members/:id/id-number',
    params: IdParam,
    query: IdNumberQuery,
    response: IdNumberAnswer,
  }),
  put: route({
    method: 'PUT',
    path: '/api/members/:id/id-number',
    params: IdParam,
    body: IdNumberBody,
    response: IdNumberAnswer,
  }),
};
