/**
 * Runs in the page (read as text by layout.ts and evaluated there): finds text that overflows,
 * is clipped, or makes the page scroll. Plain JavaScript because the Node tsconfig has no DOM
 * types. Returns [{ kind, selector, text, detail }].
 */
export function findOverflow(opts) {
  const problems = [];
  const tolerance = 1;
  const doc = document.documentElement;
  const excluded = (el) => (opts.exclude ?? []).some((s) => el.closest(s) !== null);

  const describe = (el) => {
    const parts = [];
    let node = el;
    while (node && node !== document.body && parts.length < 4) {
      let part = node.tagName.toLowerCase();
      if (node.id) part += `#${node.id}`;
      const classes = [...node.classList].slice(0, 2);
      if (classes.length) part += `.${classes.join('.')}`;
      const testId = node.getAttribute('data-testid');
      if (testId) part += `[data-testid="${testId}"]`;
      parts.unshift(part);
      if (node.id) break;
      node = node.parentElement;
    }
    return parts.join(' > ');
  };
  const snippet = (el) => {
    const raw =
      el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement
        ? el.value
        : (el.textContent ?? '');
    const flat = raw.replace(/\s+/g, ' ').trim();
    return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
  };
  const shown = (el) => {
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') return false;
    if (style.clipPath && style.clipPath !== 'none' && style.clipPath.includes('inset(50%'))
      return false;
    if (style.clip?.startsWith('rect(0')) return false;
    const rect = el.getBoundingClientRect();
    return rect.width > 2 && rect.height > 2;
  };
  const boxOf = (el) => {
    let node = el;
    while (node && node !== doc) {
      if (node instanceof SVGElement) return null;
      const display = getComputedStyle(node).display;
      if (display !== 'inline' && display !== 'contents' && node instanceof HTMLElement)
        return node;
      node = node.parentElement;
    }
    return null;
  };

  if (doc.scrollWidth > window.innerWidth + tolerance) {
    problems.push({
      kind: 'page-x',
      selector: 'html',
      text: '',
      detail: `page scrolls sideways: scrollWidth ${doc.scrollWidth} > innerWidth ${window.innerWidth}`,
    });
  }
  // body with overflow-x other than visible clips sideways overflow before it reaches <html>.
  const body = document.body;
  if (body.scrollWidth > body.clientWidth + tolerance) {
    problems.push({
      kind: 'page-x',
      selector: 'body',
      text: '',
      detail: `content is wider than the page (cut off or scrolls sideways): body scrollWidth ${body.scrollWidth} > clientWidth ${body.clientWidth}`,
    });
  }
  const bodyScrolls = getComputedStyle(body).overflowY !== 'visible';
  if (
    !opts.allowPageScrollY &&
    bodyScrolls &&
    body.scrollHeight > body.clientHeight + tolerance &&
    body.clientHeight > 0
  ) {
    problems.push({
      kind: 'page-y',
      selector: 'body',
      text: '',
      detail: `body scrolls: scrollHeight ${body.scrollHeight} > clientHeight ${body.clientHeight}`,
    });
  }
  if (!opts.allowPageScrollY && doc.scrollHeight > window.innerHeight + tolerance) {
    problems.push({
      kind: 'page-y',
      selector: 'html',
      text: '',
      detail: `page scrolls: scrollHeight ${doc.scrollHeight} > innerHeight ${window.innerHeight}`,
    });
  }

  const textBoxes = new Set();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if (!text.textContent?.trim()) continue;
    const parent = text.parentElement;
    if (!parent || parent.closest('script,style,noscript,template,svg')) continue;
    const box = boxOf(parent);
    if (box) textBoxes.add(box);
  }
  for (const control of document.querySelectorAll(
    'input:not([type=hidden]):not([type=checkbox]):not([type=radio]), textarea',
  )) {
    if (control.value) textBoxes.add(control);
  }

  const clippers = new Set();
  for (const box of textBoxes) {
    if (excluded(box) || !shown(box)) continue;
    const overX = box.scrollWidth - box.clientWidth;
    const overY = box.scrollHeight - box.clientHeight;
    if (overX > tolerance || overY > tolerance) {
      problems.push({
        kind: 'text',
        selector: describe(box),
        text: snippet(box),
        detail: `text does not fit its box: scroll ${box.scrollWidth}×${box.scrollHeight} > client ${box.clientWidth}×${box.clientHeight}`,
      });
    }
    for (
      let up = box.parentElement;
      up && up !== document.body && up !== doc;
      up = up.parentElement
    ) {
      const style = getComputedStyle(up);
      if (style.overflowX !== 'visible' || style.overflowY !== 'visible') clippers.add(up);
    }
  }
  const scrollRegion = (el) => (opts.scrollRegions ?? []).some((sel) => el.matches(sel));
  for (const clipper of clippers) {
    if (excluded(clipper) || !shown(clipper)) continue;
    const style = getComputedStyle(clipper);
    const overX =
      style.overflowX !== 'visible' && clipper.scrollWidth - clipper.clientWidth > tolerance;
    // A scroll region by design (with its arrow buttons) may scroll vertically.
    const overY =
      style.overflowY !== 'visible' &&
      !scrollRegion(clipper) &&
      clipper.scrollHeight - clipper.clientHeight > tolerance;
    if (overX || overY) {
      problems.push({
        kind: 'clipped-by',
        selector: describe(clipper),
        text: snippet(clipper),
        detail: `content is cut off or must scroll (overflow ${style.overflowX}/${style.overflowY}): scroll ${clipper.scrollWidth}×${clipper.scrollHeight} > client ${clipper.clientWidth}×${clipper.clientHeight}`,
      });
    }
  }
  return problems;
}
