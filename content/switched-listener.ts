// A document listener attached only while it has work to do: every page event that calls into the content
// script costs the page about 10–15 µs, so a listener for each keystroke is there only when it is needed.

/** Capture-phase, passive listener for `types` on the document; `on(true)` attaches it, `on(false)` detaches it. */
export function switchedListener(types: string[], handler: (event: Event) => void, signal: AbortSignal): (on: boolean) => void {
  let attached = false;
  const options = { capture: true, passive: true };
  const on = (want: boolean) => {
    if (want === attached || (want && signal.aborted)) return;
    attached = want;
    for (const type of types) {
      if (want) document.addEventListener(type, handler, options);
      else document.removeEventListener(type, handler, options);
    }
  };
  signal.addEventListener('abort', () => on(false));
  return on;
}
