// Watches the page for what a person would notice, at most one pass per frame, no timers.
import { OWN_ELEMENT } from './dom';

// Framework state lives in attributes: Vaadin's `opened`, `selected`, `expanded`, `current`, `checked` besides ARIA's.
const WATCHED_ATTRIBUTES = ['class', 'disabled', 'aria-selected', 'aria-expanded', 'aria-disabled', 'aria-hidden', 'aria-checked', 'aria-current',
  'hidden', 'style', 'open', 'value', 'opened', 'selected', 'expanded', 'current', 'checked', 'readonly'];
const OPTIONS = { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES };

const isOurs = (node: Node) => {
  const el = node instanceof Element ? node : node.parentElement;
  return !!el && (el.localName === OWN_ELEMENT || !!el.closest(OWN_ELEMENT));
};

/**
 * Calls `onChange` once per frame after the page changed; returns a way to ask for a pass. Nothing runs
 * while the page is idle. The pass runs right after the browser has laid out that frame and before it
 * paints: a frame callback resizes `tick` (a 0-high element of ours) and a ResizeObserver reports it at
 * exactly that point. So reading positions never makes our code pay for the page's layout (thousands of
 * rows), and the highlight is painted in the same frame as the change it answers.
 */
export function observePage(onChange: () => void, signal: AbortSignal, tick: HTMLElement) {
  let scheduled = false;
  /** the tick's width as last reported: the next resize always differs from it, so it is always reported */
  let reported = 0;
  const afterLayout = new ResizeObserver((entries) => {
    reported = entries[entries.length - 1].contentRect.width;
    if (!scheduled || signal.aborted) return;
    scheduled = false;
    onChange();
  });
  afterLayout.observe(tick);
  // Resized only in a frame callback, never while ResizeObservers are reported (the page's or ours): a
  // resize then would be refused with an error event on the page.
  const resize = () => {
    if (!signal.aborted) tick.style.width = `${reported === 1 ? 2 : 1}px`;
  };
  const schedule = () => {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    requestAnimationFrame(resize);
  };
  // Our own element and our marker attribute never count as a change of the page.
  const observer = new MutationObserver((records) => {
    if (records.some((r) => !isOurs(r.target))) schedule();
  });
  observer.observe(document, OPTIONS);
  // Mutations do not cross shadow boundaries: each shadow root the reader walked is observed as well.
  const watched = new WeakSet<ShadowRoot>();
  const watch = (roots: ShadowRoot[]) => {
    for (const root of roots) {
      if (watched.has(root)) continue;
      watched.add(root);
      observer.observe(root, OPTIONS);
    }
  };
  // (WXT's own location event fires only through ctx.addEventListener; hashchange and popstate cover it.)
  for (const type of ['hashchange', 'popstate', 'resize']) addEventListener(type, schedule, { signal });
  signal.addEventListener('abort', () => { observer.disconnect(); afterLayout.disconnect(); });
  schedule();
  return { schedule, watch };
}
