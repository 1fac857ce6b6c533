// Keeps the cutout and the step card on the target through scrolling (any ancestor), resizing and
// layout shifts. Placement by @floating-ui/core with a viewport-only platform: the card is position:fixed,
// so the DOM platform of @floating-ui/dom (three times the size) is not needed.
import { computePosition, flip, offset, shift, type Platform } from '@floating-ui/core';

const PAD = 6;

const viewport: Platform = {
  getElementRects: ({ reference, floating }) => {
    const r = (reference as Element).getBoundingClientRect();
    const f = (floating as HTMLElement).getBoundingClientRect();
    return { reference: { x: r.left, y: r.top, width: r.width, height: r.height }, floating: { x: 0, y: 0, width: f.width, height: f.height } };
  },
  getClippingRect: () => ({ x: 0, y: 0, width: innerWidth, height: innerHeight }),
  getDimensions: (el) => {
    const r = (el as Element).getBoundingClientRect();
    return { width: r.width, height: r.height };
  },
};

/** The cutout and its ring around the target's box. */
export function placeCutout(r: DOMRect, hole: SVGPathElement, ring: SVGRectElement): void {
  const [x, y, w, h] = [r.left - PAD, r.top - PAD, r.width + 2 * PAD, r.height + 2 * PAD];
  // Even-odd path: the whole viewport minus the target's box.
  hole.setAttribute('d', `M0 0H${innerWidth}V${innerHeight}H0Z M${x} ${y}h${w}v${h}h${-w}Z`);
  for (const [name, value] of [['x', x], ['y', y], ['width', w], ['height', h]] as const) ring.setAttribute(name, String(value));
}

export function placeCard(target: Element, card: HTMLElement, hole: SVGPathElement, ring: SVGRectElement): void {
  placeCutout(target.getBoundingClientRect(), hole, ring);
  computePosition(target, card, { platform: viewport, strategy: 'fixed', placement: 'bottom-start', middleware: [offset(PAD + 8), flip(), shift({ padding: 8 })] })
    .then(({ x: left, y: top }) => Object.assign(card.style, { left: `${left}px`, top: `${top}px`, visibility: '' }));
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
