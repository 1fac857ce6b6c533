// Watches the page for what a person would notice, at most one pass per animation frame, no timers.
import { OWN_ELEMENT, noteAdded } from './locate';

const WATCHED_ATTRIBUTES = ['class', 'disabled', 'aria-selected', 'aria-expanded', 'aria-disabled', 'hidden', 'style', 'open', 'value'];

const isOurs = (node: Node) => {
  const el = node instanceof Element ? node : node.parentElement;
  return !!el && (el.localName === OWN_ELEMENT || !!el.closest(OWN_ELEMENT));
};

/**
 * Calls `onChange` once per frame after the page changed; returns a way to ask for a pass. Nothing runs
 * while the page is idle. (A pass in requestAnimationFrame may lay out the page a little earlier than the
 * browser would; npm run bench shows the total main-thread time stays the same.)
 */
export function observePage(onChange: () => void, signal: AbortSignal): () => void {
  let scheduled = 0;
  const schedule = () => {
    if (!scheduled && !signal.aborted) scheduled = requestAnimationFrame(() => { scheduled = 0; onChange(); });
  };
  // Our own element and our marker attribute never count as a change of the page.
  const observer = new MutationObserver((records) => {
    for (const r of records) noteAdded(r.addedNodes);
    if (records.some((r) => !isOurs(r.target))) schedule();
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
  for (const type of ['hashchange', 'popstate', 'wxt:locationchange', 'resize']) addEventListener(type, schedule, { signal });
  signal.addEventListener('abort', () => { observer.disconnect(); cancelAnimationFrame(scheduled); });
  schedule();
  return schedule;
}
