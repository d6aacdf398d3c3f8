/**
 * Runs in the page (read as text by layout.ts): finds touch targets an elder could miss or hit
 * by mistake. Plain JavaScript because the Node tsconfig has no DOM types.
 *
 * A target is a button, link, form control or [role=button] that is shown and not covered by a
 * backdrop (a modal's backdrop makes what is under it unreachable, so that is left out). Checked:
 *  - no two targets' visible boxes intersect (one nested in the other aside);
 *  - a target is wholly on screen and not cut by a box that clips it, unless it sits in a scroll
 *    region by design (the kit's ScrollArea while it shows its arrows);
 *  - it is at least `minSize` px each way (elder-ux: every target ≥72×72);
 *  - targets are at least `minGap` px apart (elder-ux: ≥16 px);
 *  - a target's own words lie inside its box: a button squeezed smaller than its label (a flex
 *    item shrunk in a short row) lets the words spill over its edge, where they read as cut off
 *    or run into the next button, and no overflow check sees it (the button clips nothing).
 * Returns [{ kind, selector, text, detail }].
 */
export function findTargetProblems(opts) {
  const tolerance = 1;
  const problems = [];
  const minSize = opts.minSize ?? 72;
  const minGap = opts.minGap ?? 16;
  const excluded = (el) => (opts.exclude ?? []).some((s) => el.closest(s) !== null);
  const inScrollRegion = (el) =>
    (opts.scrollRegions ?? []).some((s) => el.parentElement?.closest(s) != null);

  const describe = (el) => {
    let part = el.tagName.toLowerCase();
    if (el.id) part += `#${el.id}`;
    const classes = [...el.classList].slice(0, 2);
    if (classes.length) part += `.${classes.join('.')}`;
    return part;
  };
  const name = (el) => {
    const raw = el.getAttribute('aria-label') ?? el.textContent ?? '';
    const flat = raw
      .replace(/[\u2063\u2064]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
  };
  const shown = (el) => {
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') return false;
    if (el.closest('[inert],[aria-hidden="true"]')) return false;
    const rect = el.getBoundingClientRect();
    return rect.width > 2 && rect.height > 2;
  };
  const intersect = (a, b) => {
    const left = Math.max(a.left, b.left);
    const top = Math.max(a.top, b.top);
    const right = Math.min(a.right, b.right);
    const bottom = Math.min(a.bottom, b.bottom);
    return { left, top, right, bottom, width: right - left, height: bottom - top };
  };
  /** What of the element can be seen: inside the viewport and inside every box that clips it
   * (up to body: the page itself is the viewport, and a body of fixed screens has no height). */
  const visibleRect = (el) => {
    let rect = intersect(el.getBoundingClientRect(), {
      left: 0,
      top: 0,
      right: window.innerWidth,
      bottom: window.innerHeight,
    });
    for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
      const style = getComputedStyle(up);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      rect = intersect(rect, up.getBoundingClientRect());
    }
    return rect;
  };
  /** Covered by something that is no target (a modal's backdrop): not reachable, not counted. */
  const underBackdrop = (el, rect) => {
    if (rect.width <= 0 || rect.height <= 0) return false;
    const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    if (!hit || el.contains(hit)) return false;
    return hit.closest('.dialog__backdrop') !== null && el.closest('.dialog__backdrop') === null;
  };

  const targets = [];
  for (const el of document.querySelectorAll(
    'button, a[href], input:not([type=hidden]), select, textarea, [role="button"]',
  )) {
    if (excluded(el) || !shown(el)) continue;
    const box = el.getBoundingClientRect();
    const seen = visibleRect(el);
    if (underBackdrop(el, seen)) continue;
    targets.push({ el, box, seen });
  }

  for (const t of targets) {
    const clipped =
      t.seen.width < t.box.width - tolerance || t.seen.height < t.box.height - tolerance;
    if (clipped && !inScrollRegion(t.el)) {
      problems.push({
        kind: 'target-cut',
        selector: describe(t.el),
        text: name(t.el),
        detail: `only ${Math.max(0, Math.round(t.seen.width))}×${Math.max(0, Math.round(t.seen.height))} of its ${Math.round(t.box.width)}×${Math.round(t.box.height)} px is on screen`,
      });
    }
    if (t.box.width < minSize - tolerance || t.box.height < minSize - tolerance) {
      problems.push({
        kind: 'target-small',
        selector: describe(t.el),
        text: name(t.el),
        detail: `${Math.round(t.box.width)}×${Math.round(t.box.height)} px, under ${minSize}×${minSize}`,
      });
    }
  }

  for (const t of targets) {
    const walker = document.createTreeWalker(t.el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.replace(/[\u2063\u2064\s]/g, '')) continue;
      const holder = node.parentElement;
      if (!holder || !shown(holder)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const words = range.getBoundingClientRect();
      if (words.width <= 2 || words.height <= 2) continue;
      const out = Math.max(
        t.box.left - words.left,
        t.box.top - words.top,
        words.right - t.box.right,
        words.bottom - t.box.bottom,
      );
      if (out > tolerance) {
        problems.push({
          kind: 'text-outside-target',
          selector: describe(t.el),
          text: name(t.el),
          detail: `its words reach ${Math.round(out)} px past its ${Math.round(t.box.width)}×${Math.round(t.box.height)} px box`,
        });
        break;
      }
    }
  }

  const visible = targets.filter((t) => t.seen.width > tolerance && t.seen.height > tolerance);
  for (let i = 0; i < visible.length; i++) {
    for (let j = i + 1; j < visible.length; j++) {
      const a = visible[i];
      const b = visible[j];
      if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
      const both = intersect(a.seen, b.seen);
      if (both.width > tolerance && both.height > tolerance) {
        problems.push({
          kind: 'targets-overlap',
          selector: `${describe(a.el)} / ${describe(b.el)}`,
          text: `${name(a.el)} / ${name(b.el)}`,
          detail: `their boxes share ${Math.round(both.width)}×${Math.round(both.height)} px`,
        });
        continue;
      }
      // The gap between the boxes (0 on an axis where they overlap).
      const gapX = Math.max(0, -both.width);
      const gapY = Math.max(0, -both.height);
      const gap = Math.hypot(gapX, gapY);
      if (gap < minGap - tolerance) {
        problems.push({
          kind: 'targets-close',
          selector: `${describe(a.el)} / ${describe(b.el)}`,
          text: `${name(a.el)} / ${name(b.el)}`,
          detail: `${Math.round(gap)} px apart, under ${minGap}`,
        });
      }
    }
  }
  return problems;
}
