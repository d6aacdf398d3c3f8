/** A CSV download streamed in chunks, so a long list is never held in memory whole. */
import { UTF8_BOM } from '../lib/csv';
import { describeError, type Logger } from './log';

const CSV_ROWS_PER_CHUNK = 200;

/**
 * The BOM and `header`, then `record(row)` for each row `rows` yields. A failure mid-way is
 * logged as `what` and cuts the download short (the status line has gone already).
 */
export function csvStream<T>(
  rows: AsyncGenerator<T>,
  header: string,
  record: (row: T) => string,
  log: Logger,
  what: string,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(UTF8_BOM + header));
    },
    async pull(controller) {
      try {
        let chunk = '';
        for (let i = 0; i < CSV_ROWS_PER_CHUNK; i++) {
          const next = await rows.next();
          if (next.done) {
            if (chunk) controller.enqueue(encoder.encode(chunk));
            controller.close();
            return;
          }
          chunk += record(next.value);
        }
        controller.enqueue(encoder.encode(chunk));
      } catch (error) {
        log({ level: 'error', msg: `${what} csv export failed`, error: describeError(error) });
        controller.error(error);
      }
    },
    async cancel() {
      await rows.return(undefined);
    },
  });
}
