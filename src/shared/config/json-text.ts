/**
 * Parsing a config file's text. `JSON.parse` decides; when it fails, a small scanner finds where
 * and says why in plain words (browsers word and place their errors differently).
 */

/** Chinese (full-width) punctuation that breaks JSON when typed with a Chinese keyboard. */
const FULL_WIDTH = '，：“”‘’｛｝［］；';

/** A parsed file, or why it could not be parsed. */
export type JsonText = { ok: true; value: unknown } | { ok: false; message: string };

class Stop {
  constructor(
    readonly offset: number,
    readonly why: string,
  ) {}
}

/** The offset of the first syntax error and what was expected there. */
function findSyntaxError(text: string): Stop | undefined {
  let i = 0;
  const stop = (why: string) => {
    throw new Stop(
      i,
      i < text.length ? why : 'the file ends too early — a closing } or ] is missing',
    );
  };
  const space = () => {
    while (' \t\n\r'.includes(text.charAt(i)) && i < text.length) i++;
  };
  const string = () => {
    const start = i++;
    for (;;) {
      const c = text.charAt(i);
      if (i >= text.length || c === '\n')
        throw new Stop(start, 'the text in quotes is not closed with "');
      i += c === '\\' ? 2 : 1;
      if (c === '"') return;
    }
  };
  const list = (close: '}' | ']', item: () => void) => {
    i++;
    space();
    while (text.charAt(i) !== close) {
      item();
      space();
      if (text.charAt(i) === close) break;
      if (text.charAt(i) !== ',') stop(`expected a comma , or a closing ${close}`);
      i++;
      space();
      if (text.charAt(i) === close) stop(`extra comma before ${close} — remove it`);
    }
    i++;
  };
  const member = () => {
    space();
    if (text.charAt(i) !== '"') stop('expected a setting name in "double quotes"');
    string();
    space();
    if (text.charAt(i) !== ':') stop('expected a colon : after the setting name');
    i++;
    value();
  };
  const value = (): void => {
    space();
    const c = text.charAt(i);
    if (c === '{') list('}', member);
    else if (c === '[') list(']', value);
    else if (c === '"') string();
    else {
      const word = /-?\d+(\.\d+)?([eE][+-]?\d+)?|true|false|null/y;
      word.lastIndex = i;
      if (!word.test(text))
        stop('expected a value here: "text", a number, true, false, [ a list ] or { settings }');
      i = word.lastIndex;
    }
  };
  try {
    value();
    space();
    if (i < text.length) stop('extra text after the last } — remove it');
  } catch (error) {
    if (error instanceof Stop) return error;
    throw error;
  }
  return undefined;
}

/** Line and column (from 1) of a character offset. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

/** Parse JSON; a byte-order mark (Windows Notepad adds one) is ignored. */
export function parseJsonText(raw: string): JsonText {
  const text = raw.replace(/^\uFEFF/, '');
  if (text.trim() === '') {
    return { ok: false, message: 'the file is empty — it must hold its settings in { } braces' };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const stop = findSyntaxError(text);
    if (!stop) {
      return {
        ok: false,
        message: `not valid JSON (${(error as Error).message}) — check the quotes and commas`,
      };
    }
    const where = lineColumn(text, stop.offset);
    const c = text.charAt(stop.offset);
    if (c !== '' && FULL_WIDTH.includes(c)) {
      return {
        ok: false,
        message: `not valid JSON: ${where} has the Chinese punctuation mark "${c}" — outside the text in quotes, type English , : " { } [ ] instead`,
      };
    }
    return { ok: false, message: `not valid JSON at ${where}: ${stop.why}` };
  }
}
