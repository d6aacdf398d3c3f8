/** The sync protocol both sides import: ids, schemas, refusals, limits. Pure: no DOM, no Node. */
export { type OutboxEntry, OutboxEntrySchema } from './entry';
export { describeIssues, record } from './fields';
export { findBadText, payloadProblem, textProblem, utf8Length } from './json-value';
export {
  defineEntryKind,
  type EntryCheck,
  type EntryKind,
  type EntryKindRegistry,
  entryKinds,
  validateEntry,
} from './kinds';
export {
  MAX_BATCH,
  MAX_CHANGES,
  MAX_NAME,
  MAX_PAYLOAD_BYTES,
  MAX_PAYLOAD_DEPTH,
  MAX_STRING,
} from './limits';
export {
  type EntryProof,
  EntryProofSchema,
  importProofKey,
  LEGACY_PROOF_WINDOW_MS,
  LONGEST_SESSION_MS,
  PROOF_CLOCK_SLACK_MS,
  PROOF_MODULUS_BITS,
  PublicProofKeyField,
  readSealedIdentity,
  type SealedIdentity,
  type SealingKey,
  sealIdentity,
} from './proof';
export {
  BACKGROUND_SYNC_TAG,
  isSyncMessage,
  SYNC_MESSAGE_TYPE,
  SYNC_PULL_PATH,
  SYNC_PUSH_PATH,
} from './protocol';
export {
  type Change,
  type ChangeCheck,
  type ChangeType,
  type ChangeTypeRegistry,
  changeTypes,
  defineChangeType,
  type PullRequest,
  PullRequestSchema,
  type PullResponse,
  PullResponseSchema,
  validateChange,
} from './pull';
export {
  type AcceptedResult,
  accepted,
  type PushRequest,
  PushRequestSchema,
  type PushResponse,
  PushResponseSchema,
  type PushResult,
  PushResultSchema,
  type RejectedResult,
  rejected,
} from './push';
export { REASON_CODES, REASONS, type Reason, type ReasonCode, reason } from './reasons';
export { clockSkewMs, isIsoWithOffset, isoWithOffset } from './time';
export {
  createUuidV7Generator,
  isUuidV7,
  observeUuidV7,
  type RandomFill,
  type UuidV7Generator,
  uuidV7Time,
  uuidv7,
} from './uuidv7';
