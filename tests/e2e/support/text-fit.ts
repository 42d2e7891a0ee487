import { expect, type Page } from '@playwright/test';

// Whether the page's own words fit: no text cut off by a box that hides its overflow or by the window's edge, and
// no two pieces of text drawn over each other. Used with the pseudo-locale (en-XA), whose words are the English
// ones accented and about 40 % longer, so every piece of the page's own text can be told from the data's.

export interface TextProblem {
  kind: 'clipped' | 'overlap';
  text: string;
  detail: string;
}

/**
 * The problems on the page as it is drawn now. Text is measured per line box (a Range over each text node); text
 * that is hidden for screen readers only (a 1 px clipped box) is left out, and overlap is looked for only between
 * text in the same layer (the page, or one fixed or floating layer such as a dialog, menu or toast), since a layer
 * drawn over the page is meant to cover it, and not between a sticky bar's text and text that scrolls under it.
 */
export async function textProblems(page: Page, ownText: RegExp): Promise<TextProblem[]> {
  return page.evaluate((source) => {
    const own = new RegExp(source, 'u');
    const problems: { kind: 'clipped' | 'overlap'; text: string; detail: string }[] = [];
    const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);
    const box = (r: DOMRect) =>
      `${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)}`;

    function hiddenForEyes(element: Element): boolean {
      for (let el: Element | null = element; el; el = el.parentElement) {
        const style = getComputedStyle(el);
        if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0)
          return true;
        if (style.clip !== 'auto' && style.position === 'absolute') return true;
        if (style.clipPath !== 'none' && style.clipPath.includes('inset(50%')) return true;
        // A box of a pixel or less that hides what overflows it (a box with no height around a dialog hides nothing).
        const rect = el.getBoundingClientRect();
        if ((rect.width <= 1 || rect.height <= 1) && style.overflow !== 'visible') return true;
      }
      return false;
    }

    function layerOf(element: Element): Element {
      for (let el: Element | null = element; el; el = el.parentElement) {
        const position = getComputedStyle(el).position;
        if (position === 'fixed' || el.hasAttribute('data-radix-popper-content-wrapper')) return el;
      }
      return document.body;
    }

    /** Whether the text is on a sticky bar (a panel's footer, a table's header), which covers what scrolls under it. */
    const onStickyBar = (element: Element) => {
      for (let el: Element | null = element; el; el = el.parentElement)
        if (getComputedStyle(el).position === 'sticky') return true;
      return false;
    };

    /** The box an element cuts its overflow to (inside its borders). */
    function clipBox(el: Element) {
      const outer = el.getBoundingClientRect();
      const left = outer.left + el.clientLeft;
      const top = outer.top + el.clientTop;
      return { left, top, right: left + el.clientWidth, bottom: top + el.clientHeight };
    }
    const cuts = (value: string) => value !== 'visible';
    const scrolls = (value: string) => value === 'auto' || value === 'scroll';

    /** The part of a line box the user can see now: what every box around it that cuts its overflow leaves. */
    function visiblePart(node: Text, rect: DOMRect): DOMRect | null {
      let { left, top, right, bottom } = rect;
      for (let el = node.parentElement; el && el !== document.body; el = el.parentElement) {
        const style = getComputedStyle(el);
        const box = clipBox(el);
        if (cuts(style.overflowX)) [left, right] = [Math.max(left, box.left), Math.min(right, box.right)];
        if (cuts(style.overflowY)) [top, bottom] = [Math.max(top, box.top), Math.min(bottom, box.bottom)];
      }
      return right - left > 0.5 && bottom - top > 0.5
        ? new DOMRect(left, top, right - left, bottom - top)
        : null;
    }

    interface Piece {
      node: Text;
      text: string;
      rects: DOMRect[];
      visible: DOMRect[];
      layer: Element;
      sticky: boolean;
    }
    const pieces: Piece[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const text = node.data.trim();
      const parent = node.parentElement;
      if (!text || !parent || parent.closest('script,style,noscript,[data-static-shell]')) continue;
      if (hiddenForEyes(parent)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0.5 && r.height > 0.5);
      const visible = rects.map((r) => visiblePart(node!, r)).filter((r): r is DOMRect => r !== null);
      if (rects.length)
        pieces.push({ node, text, rects, visible, layer: layerOf(parent), sticky: onStickyBar(parent) });
    }

    const viewWidth = document.documentElement.clientWidth;
    for (const piece of pieces) {
      if (!own.test(piece.text)) continue;
      // Up from the text, each box that cuts off what overflows it, until a box that scrolls on that axis: what
      // is inside a scrolling box can be brought into view, so only the boxes inside it can lose text for good.
      let checkX = true;
      let checkY = true;
      for (
        let el = piece.node.parentElement;
        el && el !== document.body && (checkX || checkY);
        el = el.parentElement
      ) {
        const style = getComputedStyle(el);
        const cutsX = checkX && cuts(style.overflowX) && !scrolls(style.overflowX);
        const cutsY = checkY && cuts(style.overflowY) && !scrolls(style.overflowY);
        if (scrolls(style.overflowX)) checkX = false;
        if (scrolls(style.overflowY)) checkY = false;
        if (!cutsX && !cutsY) continue;
        const { left, top, right, bottom } = clipBox(el);
        for (const r of piece.rects) {
          // A glyph box is taller than a tight line; a quarter of the line may stick out without losing a letter.
          const slack = r.height / 4;
          const outX = cutsX && (r.left < left - 1 || r.right > right + 1);
          const outY = cutsY && (r.top < top - slack || r.bottom > bottom + slack);
          if (outX || outY)
            problems.push({
              kind: 'clipped',
              text: short(piece.text),
              detail: `at ${box(r)} in <${el.tagName.toLowerCase()} class="${el.className}"> ${box(new DOMRect(left, top, right - left, bottom - top))}`,
            });
        }
      }
      // The window's edge: the page never scrolls sideways, so text past it is lost, unless a box that scrolls
      // sideways holds it (a row of tabs on a phone).
      if (checkX)
        for (const r of piece.rects)
          if (r.left < -1 || r.right > viewWidth + 1)
            problems.push({
              kind: 'clipped',
              text: short(piece.text),
              detail: `at ${box(r)}, window ${viewWidth}`,
            });
    }

    // Two pieces of text over each other where the user can see them, at least one of them the page's own.
    for (let i = 0; i < pieces.length; i++) {
      for (let j = i + 1; j < pieces.length; j++) {
        const a = pieces[i]!;
        const b = pieces[j]!;
        if (a.layer !== b.layer || (!own.test(a.text) && !own.test(b.text))) continue;
        // Text on a sticky bar and text that scrolls under it: the bar's background covers the latter.
        if (a.sticky !== b.sticky) continue;
        for (const ra of a.visible)
          for (const rb of b.visible) {
            const width = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
            const height = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
            // Line boxes of stacked lines may touch by a few pixels; letters over letters overlap by more.
            if (width > 2 && height > Math.min(ra.height, rb.height) / 3)
              problems.push({
                kind: 'overlap',
                text: short(a.text),
                detail: `at ${box(ra)} over "${short(b.text)}" at ${box(rb)}`,
              });
          }
      }
    }
    return problems;
  }, ownText.source);
}

/** Fails with every problem found, named by `where`. */
export async function expectTextFits(page: Page, where: string, ownText: RegExp): Promise<void> {
  const problems = await textProblems(page, ownText);
  expect(
    problems.map((p) => `${p.kind}: "${p.text}" ${p.detail}`),
    `${where}: text cut off or drawn over other text`,
  ).toEqual([]);
}
