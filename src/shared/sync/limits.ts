/**
 * Sizes the kiosk keeps to and the server enforces. They fit together: a full batch of the
 * largest entries (100 × 8 KiB plus envelopes) stays under the server's 1 MB body limit.
 */

/** The most entries in one push. */
export const MAX_BATCH = 100;
/** The largest payload of one entry, in UTF-8 bytes of its JSON. */
export const MAX_PAYLOAD_BYTES = 8 * 1024;
/** The longest string anywhere in a payload, in UTF-16 code units (JavaScript length). */
export const MAX_STRING = 2000;
/** How deep objects and lists may nest inside a payload. */
export const MAX_PAYLOAD_DEPTH = 8;
/** The longest entry kind name, kiosk id, cursor or change key. */
export const MAX_NAME = 64;
/** The most changes in one pull answer. */
export const MAX_CHANGES = 500;
