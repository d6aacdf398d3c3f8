/**
 * Reading an uploaded CSV file (the members spreadsheet, the bureau's lists): its bytes as text —
 * UTF-8 with or without a BOM, or GB18030 (which covers GBK and GB2312), what Excel on a Chinese
 * Windows writes for plain "CSV" — and its records with the line each starts on. Anything that is
 * not text is refused with what to do instead.
 */
import { CsvError, parse } from 'csv-parse/sync';
import { AppError } from '../http/errors';

export type CsvEncoding = 'utf-8' | 'gb18030';

export const SAVE_AS_CSV =
  'In Excel or WPS choose 文件 → 另存为 → "CSV UTF-8 (逗号分隔)", then import that file.';

export function badCsv(message: string, status: 400 | 415 = 400): AppError {
  return new AppError(status, status === 415 ? 'unsupported_media_type' : 'invalid_csv', message);
}

/**
 * The file's text. `charset` from the request wins when it names GB18030, GBK or GB2312;
 * otherwise UTF-8 is tried first (a GB18030 file is almost never valid UTF-8), then GB18030.
 * `emptyMessage` says what to do with an empty file.
 */
export function decodeCsvBytes(
  bytes: Uint8Array,
  charset: string | undefined,
  emptyMessage: string,
): { text: string; encoding: CsvEncoding } {
  if (bytes.length === 0) throw badCsv(emptyMessage);
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0xd0, 0xcf, 0x11, 0xe0))
    throw badCsv(`This is an Excel workbook, not a CSV file. ${SAVE_AS_CSV}`, 415);
  const chinese = /^(gb18030|gbk|gb2312)$/i.test(charset ?? '');
  let text: string | undefined;
  let encoding: CsvEncoding = 'utf-8';
  for (const label of chinese ? ['gb18030'] : ['utf-8', 'gb18030']) {
    try {
      text = new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
      encoding = label === 'utf-8' ? 'utf-8' : 'gb18030';
      break;
    } catch {
      // try the next encoding
    }
  }
  // Control characters (besides tab and line ends) mean binary data read as if it were text.
  if (text === undefined || /[^\P{Cc}\t\n\r]/u.test(text))
    throw badCsv(`This file is not readable text (UTF-8 or GB18030). ${SAVE_AS_CSV}`);
  return { text, encoding };
}

/** One record with the line it starts on (1 = the header). */
export interface CsvLine {
  line: number;
  cells: string[];
}

/**
 * The file's records, or a 400 that names the line a person must fix. `tooLong` says what a far
 * too long row means for this list (`{{where}}` is the line).
 */
export function readCsvLines(
  text: string,
  maxRecordCharacters: number,
  tooLong = 'Near {{where}} a row is far too long; this does not look like the list asked for.',
): CsvLine[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: maxRecordCharacters,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines ?? 0;
    const where = line > 0 ? `line ${line}` : 'the file';
    if (error.code === 'CSV_QUOTE_NOT_CLOSED')
      throw badCsv(
        `A quote (") opened near ${where} is never closed. Check that line, or save the file from Excel again.`,
      );
    if (error.code === 'CSV_MAX_RECORD_SIZE') throw badCsv(tooLong.replace('{{where}}', where));
    if (error.code === 'INVALID_OPENING_QUOTE' || error.code === 'CSV_INVALID_CLOSING_QUOTE')
      throw badCsv(
        `On ${where} a quote (") stands in the middle of a cell. Remove it, or save the file from Excel again.`,
      );
    throw badCsv(`The file cannot be read as CSV at ${where}. ${SAVE_AS_CSV}`);
  }
  return records.map(({ record, info }) => {
    // info.lines is the line a record ends on; a cell with line breaks started it earlier.
    const breaks = record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
    return { line: info.lines - breaks, cells: record };
  });
}
