/** Sentence splitting: short sentences with pauses between them are easier for elders to follow. */

const ENDS = '。！？!?';
/** Closing quotes and brackets stay with the sentence they close. */
const CLOSERS = '」』”’"\')）】》';
/** What may follow a sentence's end and still belong to it. */
const TRAILERS = `${ENDS}${CLOSERS}.`;

/** Split text into sentences at 。！？.!? and line breaks; a '.' ends a sentence only before a space or the end, so "3.5" stays whole. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let current = '';
  const flush = () => {
    const s = current.trim();
    if (s) out.push(s);
    current = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '\n' || ch === '\r') {
      flush();
      continue;
    }
    current += ch;
    const next = text.charAt(i + 1);
    const ends =
      ENDS.includes(ch) ||
      (ch === '.' && (next === '' || /\s/.test(next) || CLOSERS.includes(next)));
    if (!ends) continue;
    // Keep runs like "？！" or "..." and a closing quote with this sentence.
    while (i + 1 < text.length && TRAILERS.includes(text.charAt(i + 1))) {
      i++;
      current += text.charAt(i);
    }
    flush();
  }
  flush();
  return out;
}
