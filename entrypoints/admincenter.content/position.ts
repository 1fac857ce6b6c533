// Keeps the cutout and the step card on the target through scrolling (any ancestor), resizing and
// layout shifts. The card is position:fixed, so placing it needs only the viewport: below the target,
// above it or beside it, on the side where it lies over fewest other controls of the target's dialog, kept inside
// (what @floating-ui's offset, flip and shift did here, in a few lines: it cost 2.5 KB of the content script's 20 KB).
import { OWN_ELEMENT as OWN_HOST } from '../../content/locate';

const PAD = 6;
const GAP = PAD + 8;
const MARGIN = 8;
/** The card's offset from its target, kept while scrolling: the side is chosen when the target or the page changes. */
let offset: { dx: number; dy: number } | undefined;

/** The card's left edge at the target's start, kept 8 px inside the viewport. */
const startX = (r: DOMRect, width: number) => Math.max(MARGIN, Math.min(r.left, innerWidth - width - MARGIN));

/** Where the card can go beside a target box, in order of preference: below, above, right, left, each kept 8 px
 *  inside the viewport; those that do not fit are left out. */
export function cardSides(r: DOMRect, width: number, height: number): DOMRect[] {
  const x = startX(r, width);
  const y = Math.max(MARGIN, Math.min(r.top, innerHeight - height - MARGIN));
  return [[x, r.bottom + GAP], [x, r.top - GAP - height], [r.right + GAP, y], [r.left - GAP - width, y]]
    .map(([left, top]) => new DOMRect(left, top, width, height))
    .filter(inView);
}

/** A box wholly inside the viewport, 8 px from its edges. */
const inView = (c: DOMRect) => c.left >= MARGIN && c.top >= MARGIN && c.right <= innerWidth - MARGIN && c.bottom <= innerHeight - MARGIN;

/** Controls of the page an admin may want besides the step's target: the card should not lie over them. */
const CONTROLS = 'button,a[href],input,select,textarea,[role=button],[role=link],[role=checkbox],[role=tab],[role=combobox]';

/** The other controls of the target's dialog with their boxes, read once per placement (a modal dialog hides the page
 *  behind it; on a page without dialog there are none: the card keeps to below or above, and a list of 5,000 rows
 *  costs nothing). */
const dialogControls = (target: Element) => [...(target.closest('[role=dialog]')?.querySelectorAll(CONTROLS) ?? [])]
  .filter((control) => !control.contains(target) && !target.contains(control))
  .map((control) => [control, control.getBoundingClientRect()] as const);

/**
 * How much a card at `c` would lie over `controls` where the admin could click them. A control next to the field the
 * admin is in (e.g. the Übernehmen of a form within the dialog) counts double: it is what the admin works with now.
 */
export function coveredControls(c: DOMRect, controls: readonly (readonly [Element, DOMRect])[]): number {
  const focus = document.activeElement;
  let weight = 0;
  for (const [control, b] of controls) {
    if (b.right <= c.left || b.left >= c.right || b.bottom <= c.top || b.top >= c.bottom) continue;
    // What a click there would hit without the card: the control, something in it, or around it (a disabled one lets
    // clicks through to its container), but not what lies over it.
    const hit = document.elementsFromPoint((Math.max(b.left, c.left) + Math.min(b.right, c.right)) / 2, (Math.max(b.top, c.top) + Math.min(b.bottom, c.bottom)) / 2)
      .find((e) => !e.matches(OWN_HOST));
    if (!hit || !(control.contains(hit) || hit.contains(control))) continue;
    let near = false;
    for (let p = focus?.parentElement; p && !p.matches('[role=dialog]') && !near; p = p.parentElement) near = p.contains(control);
    weight += near ? 2 : 1;
  }
  return weight;
}

/** The card's place beside the target that covers fewest page controls (the earlier side among equals); below
 *  the target when no side fits in the viewport. */
export function bestCardPosition(r: DOMRect, width: number, height: number, covers: (c: DOMRect) => number): { left: number; top: number } {
  let best = { left: startX(r, width), top: r.bottom + GAP };
  let fewest = Infinity;
  for (const side of cardSides(r, width, height)) {
    const n = covers(side);
    if (n < fewest) [best, fewest] = [side, n];
    if (!n) break;
  }
  return best;
}

/** The cutout and its ring around the target's box. */
export function placeCutout(r: DOMRect, hole: SVGPathElement, ring: SVGRectElement): void {
  const [x, y, w, h] = [r.left - PAD, r.top - PAD, r.width + 2 * PAD, r.height + 2 * PAD];
  // Even-odd path: the whole viewport minus the target's box.
  hole.setAttribute('d', `M0 0H${innerWidth}V${innerHeight}H0Z M${x} ${y}h${w}v${h}h${-w}Z`);
  for (const [name, value] of [['x', x], ['y', y], ['width', w], ['height', h]] as const) ring.setAttribute(name, String(value));
}

/** Places cutout and card; with `choose`, the card's side is chosen anew (else it keeps its side, e.g. while scrolling). */
export function placeCard(target: Element, card: HTMLElement, hole: SVGPathElement, ring: SVGRectElement, choose = true): void {
  // Boxes and hit tests come before anything is written: a read after a write would lay out in our code.
  const r = target.getBoundingClientRect();
  const box = card.getBoundingClientRect();
  const stay = offset && new DOMRect(offset.dx + r.left, offset.dy + r.top, box.width, box.height);
  // While scrolling the card keeps its side as long as it stays in view: it follows the target, never jumps about.
  let place: { left: number; top: number } | undefined = !choose && stay && inView(stay) ? stay : undefined;
  if (!place) {
    const controls = dialogControls(target);
    place = bestCardPosition(r, box.width, box.height, (c) => coveredControls(c, controls));
  }
  const { left, top } = place;
  placeCutout(r, hole, ring);
  offset = { dx: left - r.left, dy: top - r.top };
  Object.assign(card.style, { left: `${left}px`, top: `${top}px`, visibility: '' });
}

/** Re-places on scroll of any ancestor (capture), on resize and when target, card or page change size; `update`
 *  is told whether to choose the card's side anew (not while scrolling). */
export function followTarget(target: Element, card: Element, update: (choose: boolean) => void): () => void {
  let frame = 0;
  let choose = false;
  const schedule = (anew: boolean) => {
    choose ||= anew;
    if (!frame) frame = requestAnimationFrame(() => { frame = 0; update(choose); choose = false; });
  };
  const scrolled = () => schedule(false);
  const resized = () => schedule(true);
  // Reported right after the browser's layout: positions read then cost no layout in our code.
  const sizes = new ResizeObserver(() => update(true));
  // Observed from the next frame on (the first report places the card): a new observation while
  // ResizeObservers are being reported (our pass runs then) would be refused with an error event on the page.
  const start = requestAnimationFrame(() => {
    sizes.observe(target);
    sizes.observe(card);
    sizes.observe(document.documentElement);
  });
  addEventListener('scroll', scrolled, { capture: true, passive: true });
  addEventListener('resize', resized, { passive: true });
  return () => {
    cancelAnimationFrame(start);
    cancelAnimationFrame(frame);
    sizes.disconnect();
    removeEventListener('scroll', scrolled, { capture: true });
    removeEventListener('resize', resized);
  };
}

/** Scrolls the target into view when it is not; returns its box when it was in view (else null). */
export function scrollIntoViewIfNeeded(target: Element): DOMRect | null {
  const r = target.getBoundingClientRect();
  if (r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth) return r;
  const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
  target.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduced ? 'auto' : 'smooth' });
  return null;
}
