/**
 * 帮我申请 (issue #13 item 3): an identified elder asks the centre's 养老服务顾问 for an
 * appointment to apply for a programme they could get but have not applied for. It is an outbox
 * entry like every elder action (kept through a dead network, applied once by its id), and the
 * server keeps it as a service request in the console's queue — never a call: nothing rings. The
 * request carries the programme and the documents to bring, as subsidies.json says them when the
 * server takes it, so staff see what the elder was told even after the file changes.
 */
import * as v from 'valibot';
import type { LocalText } from '../config/fields';
import { defineEntryKind } from '../sync/kinds';

/** The service request category of an appointment to apply (not a help.json category). */
export const SUBSIDY_APPLY_CATEGORY = 'subsidy-apply';

export const SUBSIDY_APPLY = defineEntryKind({
  kind: 'subsidy.apply',
  payload: v.strictObject({
    memberId: v.pipe(
      v.string('must be the member id in text'),
      v.minLength(1, 'must not be empty'),
      v.maxLength(64, 'must be at most 64 characters'),
    ),
    programmeId: v.pipe(
      v.string('must be the programme id in text'),
      v.regex(/^[a-z0-9-]{2,40}$/, 'must be a programme id of subsidies.json'),
    ),
  }),
});
export type SubsidyApplyPayload = v.InferOutput<typeof SUBSIDY_APPLY.payload>;

/** What an appointment request carries of its programme (the server's snapshot). */
export interface SubsidyApplyDetails {
  programmeId: string;
  name: LocalText;
  documents: readonly LocalText[];
}
