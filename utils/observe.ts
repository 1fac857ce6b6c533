// Watches the page for what a person would notice, at most one pass per animation frame, no timers.
import { OWN_ELEMENT, noteAdded, touchesLongList } from './locate';

const WATCHED_ATTRIBUTES = ['class', 'disabled', 'aria-selected', 'aria-expanded', 'aria-disabled', 'hidden', 'style', 'open', 'value'];

const isOurs = (node: Node) => {
  const el = node instanceof Element ? node : node.parentElement;
  return !!el && (el.localName === OWN_ELEMENT || !!el.closest(OWN_ELEMENT));
};


/**
 * Calls `onChange` once per frame after the page changed; returns a way to ask for a pass. Nothing runs
 * while the page is idle. Usually the pass runs in requestAnimationFrame (the highlight follows within the
 * frame); after a bulk change it runs just after that frame was rendered (a message posted from
 * requestAnimationFrame), so reading positions does not force the layout of thousands of rows in our code.
 */
export function observePage(onChange: () => void, signal: AbortSignal): () => void {
  let scheduled = false;
  let bulk = false;
  const afterPaint = new MessageChannel();
  const run = () => {
    scheduled = false;
    bulk = false;
    if (!signal.aborted) onChange();
  };
  afterPaint.port1.onmessage = run;
  const schedule = () => {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    requestAnimationFrame(() => (bulk ? afterPaint.port2.postMessage(null) : run()));
  };
  // Our own element and our marker attribute never count as a change of the page.
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      noteAdded(r);
      // A long list rendered is read after the browser has laid it out.
      if (!bulk && r.addedNodes.length && touchesLongList(r.target)) bulk = true;
    }
    if (records.some((r) => !isOurs(r.target))) schedule();
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
  // (WXT's own location event fires only through ctx.addEventListener; hashchange and popstate cover it.)
  for (const type of ['hashchange', 'popstate', 'resize']) addEventListener(type, schedule, { signal });
  signal.addEventListener('abort', () => { observer.disconnect(); afterPaint.port1.close(); });
  schedule();
  return schedule;
}
