/**
 * /api/sync: the kiosk's push and pull (device token; schemas in push.ts and pull.ts, checked by
 * both ends) and the refusals list for the console (sync.rejections).
 */
import * as v from 'valibot';
import { route } from '../api/contract';
import { FORMAT_FIELD, NextCursor, PAGE_FIELDS } from '../api/fields';
import { SYNC_PULL_PATH, SYNC_PUSH_PATH } from './protocol';
import { PullRequestSchema, PullResponseSchema } from './pull';
import { PushRequestSchema, PushResponseSchema, ReasonField } from './push';

/** GET /api/sync/rejections?limit=&cursor=&format= (csv: every refusal, not one page) */
export const RejectionsQuery = v.object({ ...PAGE_FIELDS, format: FORMAT_FIELD });

/** An entry the server refused, as staff see it. */
export const RejectionSchema = v.object({
  id: v.string(),
  kioskId: v.string(),
  kioskName: v.nullable(v.string()),
  kind: v.string(),
  reason: ReasonField,
  kioskTime: v.string(),
  receivedAt: v.string(),
});
export type Rejection = v.InferOutput<typeof RejectionSchema>;

export const SyncApi = {
  push: route({
    method: 'POST',
    path: SYNC_PUSH_PATH,
    body: PushRequestSchema,
    response: PushResponseSchema,
  }),
  pull: route({
    method: 'POST',
    path: SYNC_PULL_PATH,
    body: PullRequestSchema,
    response: PullResponseSchema,
  }),
  /** format=csv answers every refusal as one CSV file (a plain link: hrefOf). */
  rejections: route({
    method: 'GET',
    path: '/api/sync/rejections',
    query: RejectionsQuery,
    response: v.object({ rejections: v.array(RejectionSchema), nextCursor: NextCursor }),
  }),
};
