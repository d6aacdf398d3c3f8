/**
 * Runs in the page (read as text by layout.ts): finds words split across two lines, measured on
 * the rendered text (one Range per word, its line boxes), not read from CSS.
 *
 * Words are the browser's own (Intl.Segmenter, word granularity, in the text's language), so
 * "Emergency" or "一遍" count as one word. A word in Latin script or digits may never be split.
 * Chinese words are held to it where the text is a label read at a glance — a button, a heading,
 * a summary's label, a phone number, the session bar — while running Chinese sentences may still
 * break between any two characters, as Chinese is set. Returns [{ kind, selector, text, detail }].
 */
export function findBrokenWords(opts) {
  const problems = [];
  const labels =
    opts.labels ??
    'button, [role="button"], h1, h2, h3, dt, label, legend, .phone-number, .session-bar__who';
  const excluded = (el) => (opts.exclude ?? []).some((s) => el.closest(s) !== null);
  const marker = /[\u2063\u2064]/;
  const latin = /[\p{Script=Latin}\p{Nd}]/u;
  const segmenters = new Map();
  const segmenter = (lang) => {
    if (!segmenters.has(lang))
      segmenters.set(lang, new Intl.Segmenter(lang || 'zh-CN', { granularity: 'word' }));
    return segmenters.get(lang);
  };
  const describe = (el) => {
    const parts = [];
    for (let node = el; node && node !== document.body && parts.length < 3; ) {
      let part = node.tagName.toLowerCase();
      const classes = [...node.classList].slice(0, 2);
      if (classes.length) part += `.${classes.join('.')}`;
      parts.unshift(part);
      node = node.parentElement;
    }
    return parts.join(' > ');
  };
  const shown = (el) => {
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') return false;
    if (el.closest('.visually-hidden')) return false;
    const rect = el.getBoundingClientRect();
    return rect.width > 2 && rect.height > 2;
  };
  /** How many lines the text between start and end lies on. */
  const linesOf = (node, start, end) => {
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    const tops = [];
    for (const rect of range.getClientRects()) {
      if (rect.width < 0.5 || rect.height < 0.5) continue;
      if (!tops.some((top) => Math.abs(top - rect.top) < rect.height / 2)) tops.push(rect.top);
    }
    return tops.length;
  };

  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.data;
    if (!text.trim()) continue;
    const parent = node.parentElement;
    if (!parent || parent.closest('script,style,noscript,template,svg')) continue;
    if (excluded(parent) || !shown(parent)) continue;
    const isLabel = parent.closest(labels) !== null;
    const lang = parent.closest('[lang]')?.getAttribute('lang') ?? '';
    for (const { segment, index, isWordLike } of segmenter(lang).segment(text)) {
      if (!isWordLike) continue;
      // The i18n audit's invisible markers are not part of the word.
      let start = index;
      let end = index + segment.length;
      while (start < end && marker.test(text[start])) start++;
      while (end > start && marker.test(text[end - 1])) end--;
      const word = text.slice(start, end);
      if ([...word].length < 2) continue;
      if (!latin.test(word) && !isLabel) continue;
      if (linesOf(node, start, end) > 1) {
        problems.push({
          kind: 'word-broken',
          selector: describe(parent),
          text: word,
          detail: `"${word}" is split across lines in "${text
            .replace(/[\u2063\u2064]/g, '')
            .trim()
            .slice(0, 60)}"`,
        });
      }
    }
  }
  return problems;
}
