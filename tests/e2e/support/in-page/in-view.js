/**
 * Runs in the page (read as text by layout.ts): for each selector, every element it matches (and
 * at least one must) is wholly visible now — inside the viewport and inside every box that clips
 * or scrolls it, scrolled into view or not. Returns [{ kind, selector, text, detail }].
 */
export function findOutOfView(selectors) {
  const problems = [];
  const tolerance = 1;
  const snippet = (el) => {
    const flat = (el.textContent ?? '')
      .replace(/[\u2063\u2064]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
  };
  for (const selector of selectors) {
    const found = [...document.querySelectorAll(selector)];
    if (found.length === 0) {
      problems.push({ kind: 'not-in-view', selector, text: '', detail: 'not on the page at all' });
      continue;
    }
    for (const el of found) {
      const box = el.getBoundingClientRect();
      const cuts = [];
      if (box.top < -tolerance || box.left < -tolerance) cuts.push('starts off the screen');
      if (box.bottom > window.innerHeight + tolerance) cuts.push('ends below the screen');
      if (box.right > window.innerWidth + tolerance) cuts.push('ends right of the screen');
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        const style = getComputedStyle(up);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const clip = up.getBoundingClientRect();
        if (
          box.top < clip.top - tolerance ||
          box.bottom > clip.bottom + tolerance ||
          box.left < clip.left - tolerance ||
          box.right > clip.right + tolerance
        )
          cuts.push(`cut by ${up.tagName.toLowerCase()}.${[...up.classList].join('.')}`);
      }
      if (cuts.length)
        problems.push({
          kind: 'not-in-view',
          selector,
          text: snippet(el),
          detail: `${cuts.join('; ')} (box ${Math.round(box.top)}–${Math.round(box.bottom)} px of ${window.innerHeight})`,
        });
    }
  }
  return problems;
}
