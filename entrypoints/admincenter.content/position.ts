// Keeps the cutout and the step card on the target through scrolling (any ancestor), resizing and
// layout shifts. The card is position:fixed, so placing it needs only the viewport: below the target,
// above it when there is no room below, shifted sideways to stay inside (what @floating-ui's offset, flip
// and shift did here, in a few lines: it cost 2.5 KB of the content script's 20 KB).

const PAD = 6;
const GAP = PAD + 8;
const MARGIN = 8;

/** Where the card goes for a target box: bottom-start, flipped to top-start, kept 8 px inside sideways. */
export function cardPosition(r: DOMRect, width: number, height: number): { left: number; top: number } {
  const below = r.bottom + GAP;
  const above = r.top - GAP - height;
  const top = below + height > innerHeight - MARGIN && above >= MARGIN ? above : below;
  const left = Math.max(MARGIN, Math.min(r.left, innerWidth - width - MARGIN));
  return { left, top };
}

/** The cutout and its ring around the target's box. */
export function placeCutout(r: DOMRect, hole: SVGPathElement, ring: SVGRectElement): void {
  const [x, y, w, h] = [r.left - PAD, r.top - PAD, r.width + 2 * PAD, r.height + 2 * PAD];
  // Even-odd path: the whole viewport minus the target's box.
  hole.setAttribute('d', `M0 0H${innerWidth}V${innerHeight}H0Z M${x} ${y}h${w}v${h}h${-w}Z`);
  for (const [name, value] of [['x', x], ['y', y], ['width', w], ['height', h]] as const) ring.setAttribute(name, String(value));
}

export function placeCard(target: Element, card: HTMLElement, hole: SVGPathElement, ring: SVGRectElement): void {
  // Both boxes are read before anything is written: a read after a write would lay out in our code.
  const r = target.getBoundingClientRect();
  const box = card.getBoundingClientRect();
  placeCutout(r, hole, ring);
  const { left, top } = cardPosition(r, box.width, box.height);
  Object.assign(card.style, { left: `${left}px`, top: `${top}px`, visibility: '' });
}

/** Re-places on scroll of any ancestor (capture), on resize and when target, card or page change size. */
export function followTarget(target: Element, card: Element, update: () => void): () => void {
  let frame = 0;
  const schedule = () => { if (!frame) frame = requestAnimationFrame(() => { frame = 0; update(); }); };
  // Reported right after the browser's layout: positions read then cost no layout in our code.
  const sizes = new ResizeObserver(() => update());
  // Observed from the next frame on (the first report places the card): a new observation while
  // ResizeObservers are being reported (our pass runs then) would be refused with an error event on the page.
  const start = requestAnimationFrame(() => {
    sizes.observe(target);
    sizes.observe(card);
    sizes.observe(document.documentElement);
  });
  addEventListener('scroll', schedule, { capture: true, passive: true });
  addEventListener('resize', schedule, { passive: true });
  return () => {
    cancelAnimationFrame(start);
    cancelAnimationFrame(frame);
    sizes.disconnect();
    removeEventListener('scroll', schedule, { capture: true });
    removeEventListener('resize', schedule);
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
