// The one <admincenter-wegweiser> element with an open shadow root that holds the extension's in-page UI.
// Built by hand rather than with WXT's createShadowRootUi, which adds ~3.5 KB gzipped to the content script.
import { OWN_ELEMENT } from '../../content/locate';

export function createShadowHost(css: string, signal: AbortSignal): { host: HTMLElement; container: HTMLElement; tick: HTMLElement } {
  // A leftover from an earlier copy of the content script (extension reloaded) goes first.
  document.querySelectorAll(OWN_ELEMENT).forEach((old) => old.remove());
  const host = document.createElement(OWN_ELEMENT);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  // The page's styles never reach in; ours never reach out. One fixed layer over the viewport that lets
  // clicks through, contained: whatever changes in it is laid out on its own, never the page around it
  // (reading a position right after a change of ours then costs nothing on a page of thousands of rows).
  style.textContent = `:host { all: initial !important; position: fixed !important; inset: 0 !important; display: block !important;
  contain: strict !important; pointer-events: none !important; z-index: 2147483647 !important; }\n${css}`;
  const container = document.createElement('div');
  // Resized to learn when the browser has laid out a frame (content/observe.ts).
  const tick = document.createElement('div');
  tick.className = 'tick';
  shadow.append(style, tick, container);
  (document.body ?? document.documentElement).append(host);
  // A modal dialog of the page hides everything else from assistive technology (Vaadin's dialogs set
  // aria-hidden / inert on every other child of <body>): our card, which guides through that dialog, stays reachable.
  const keepReachable = new MutationObserver(() => ['aria-hidden', 'inert'].forEach((name) => host.removeAttribute(name)));
  keepReachable.observe(host, { attributes: true, attributeFilter: ['aria-hidden', 'inert'] });
  signal.addEventListener('abort', () => { keepReachable.disconnect(); host.remove(); });
  return { host, container, tick };
}
