// The parts of a Vaadin 8 page that are not one component: app div, UI element, loading indicator,
// overlay container, the simulated server round trip, Notifications and Windows.
// Why simulated round trips: in the real AdminCenter every click is an XHR to <app>/UIDL/ and the answer
// rebuilds DOM subtrees; a page reader must cope with that delay and with element references going stale.

import { uid } from './vaadin.js';

export const APP_ID = 'admincenter-42543004';
const APP_CLASSES = 'v-app valo admincenterui';

let uiEl; let indicator; let overlays;
const queue = [];
let busy = false;

/** Builds the Vaadin bootstrap skeleton around the given div (cu/ui/UIConnector.java, c/VLoadingIndicator.java). */
export function initSkeleton(appDiv) {
  appDiv.id = APP_ID;
  appDiv.className = APP_CLASSES;
  document.body.setAttribute('scroll', 'auto');
  document.body.classList.add('v-generated-body', 'v-ch', 'v-webkit', 'v-lin');
  indicator = document.createElement('div');
  indicator.className = 'v-loading-indicator first';
  indicator.style.cssText = 'position: absolute; display: none;';
  uiEl = document.createElement('div');
  uiEl.tabIndex = 1;
  uiEl.className = 'v-ui v-scrollable admincenterui';
  uiEl.append(indicator);
  appDiv.replaceChildren(uiEl);
  overlays = document.createElement('div');
  overlays.id = `${APP_ID}-overlays`;
  overlays.className = `${APP_CLASSES} v-overlay-container`;
  overlays.setAttribute('aria-live', 'assertive');
  overlays.setAttribute('aria-relevant', 'additions');
  overlays.setAttribute('aria-label', 'This content is announced automatically and does not need to be navigated into.');
  document.body.append(overlays);
  return uiEl;
}
export const overlayContainer = () => overlays;

/**
 * Runs `fn` as the server's answer to a client request: the loading indicator shows (class `first`,
 * display block), then after 30–60 ms the action runs and re-renders what it touched. Requests queue up in order.
 */
export function roundTrip(fn) {
  queue.push(fn);
  if (!busy) pump();
}
function pump() {
  busy = true;
  indicator.className = 'v-loading-indicator first';
  indicator.style.display = 'block';
  setTimeout(() => {
    const fn = queue.shift();
    try { fn(); } catch (e) { console.error(e); }
    if (queue.length) { pump(); return; }
    busy = false;
    indicator.style.display = 'none';
  }, 30 + Math.floor(Math.random() * 30));
}

// ---------- Notification (cu/VNotification.java) ----------
const PREFIX = { humanized: 'Info: ', error: 'Error: ', warning: 'Warning: ' };
const POSTFIX = { humanized: '', error: ' - close with ESC-key', warning: '' };
/** Shows `caption` for 5 s in the overlay container; a click closes it earlier. */
export function notify(caption, type = 'humanized') {
  const html = document.createElement('div');
  html.className = 'gwt-HTML';
  const pre = document.createElement('span'); pre.className = 'v-assistive-device-only'; pre.textContent = PREFIX[type];
  const h1 = document.createElement('h1'); h1.className = 'v-Notification-caption'; h1.textContent = caption;
  const post = document.createElement('span'); post.className = 'v-assistive-device-only'; post.textContent = POSTFIX[type];
  html.append(pre, h1, post);
  const content = document.createElement('div'); content.className = 'popupContent'; content.append(html);
  const el = document.createElement('div');
  el.setAttribute('role', 'alert');
  el.className = `v-Notification ${type} v-Notification-${type} v-position-middle v-position-center`;
  el.style.cssText = 'position: absolute; z-index: 20000; visibility: hidden;';
  el.append(content);
  overlays.append(el);
  el.style.left = `${Math.max(0, (innerWidth - el.offsetWidth) / 2)}px`;
  el.style.top = `${Math.max(0, (innerHeight - el.offsetHeight) / 2)}px`;
  el.style.visibility = 'visible';
  const close = () => { el.remove(); removeEventListener('keydown', esc); };
  const esc = (e) => { if (e.key === 'Escape') close(); };
  el.addEventListener('click', close);
  addEventListener('keydown', esc);
  setTimeout(close, 5000);
  return el;
}

// ---------- Window (cu/VWindow.java) ----------
let windowCount = 0;
/**
 * Opens a modal Window in the overlay container. spec: { caption, content, styles, width, sheet, onClose }.
 * `sheet` windows sit at the right edge over the full height (the AdminCenter's dark side sheet).
 */
export function openWindow({ caption, content, styles = [], width = 640, sheet = false, onClose, closable = true, focus }) {
  const z = 10000 + windowCount++;
  const curtain = document.createElement('div');
  curtain.className = 'v-window-modalitycurtain';
  curtain.style.zIndex = String(z);
  const headerId = uid();
  const win = document.createElement('div');
  win.setAttribute('role', 'dialog');
  win.setAttribute('aria-relevant', 'additions');
  win.setAttribute('aria-labelledby', headerId);
  win.setAttribute('aria-modal', 'true');
  win.className = ['v-window', 'v-widget', 'v-has-width', ...styles.flatMap((s) => [s, `v-window-${s}`])].join(' ');
  const w = sheet ? Math.max(660, Math.min(innerWidth - 120, width)) : Math.min(width, innerWidth - 20);
  win.style.cssText = `position: absolute; z-index: ${z}; width: ${w}px;`;
  const tabStop = () => { const d = document.createElement('div'); d.tabIndex = 0; return d; };
  const box = (cls, label, id) => {
    const d = document.createElement('div');
    d.tabIndex = 0; d.setAttribute('role', 'button'); d.setAttribute('aria-label', label); d.id = id; d.className = cls;
    return d;
  };
  const maxBox = box('v-window-maximizebox v-window-maximizebox-disabled', 'maximize button', `${z}_window_maximizerestore`);
  const closeBox = box(`v-window-closebox${closable ? '' : ' v-window-closebox-disabled'}`, 'close button', `${z}_window_close`);
  const header = document.createElement('div');
  header.id = headerId; header.className = 'v-window-header';
  const pre = document.createElement('span'); pre.className = 'v-assistive-device-only';
  const post = document.createElement('span'); post.className = 'v-assistive-device-only';
  header.append(pre, document.createTextNode(caption), post);
  const outer = document.createElement('div'); outer.className = 'v-window-outerheader';
  outer.append(maxBox, closeBox, header);
  const contents = document.createElement('div'); contents.className = 'v-window-contents';
  const scroll = document.createElement('div'); scroll.tabIndex = -1; scroll.append(content);
  contents.append(scroll);
  const footer = document.createElement('div'); footer.className = 'v-window-footer v-window-footer-noresize';
  const resize = document.createElement('div'); resize.className = 'v-window-resizebox v-window-resizebox-disabled'; footer.append(resize);
  const wrap = document.createElement('div'); wrap.className = 'v-window-wrap';
  wrap.append(tabStop(), outer, contents, footer, tabStop());
  const pc = document.createElement('div'); pc.className = 'popupContent'; pc.append(wrap);
  win.append(pc);
  overlays.append(curtain, win);
  document.body.classList.add('v-modal-window-open');
  if (sheet) {
    win.style.left = `${innerWidth - w}px`; win.style.top = '0px'; win.style.height = `${innerHeight}px`;
    win.classList.add('v-has-height');
  } else {
    win.style.left = `${Math.max(0, (innerWidth - w) / 2)}px`;
    win.style.top = `${Math.max(10, (innerHeight - win.offsetHeight) / 3)}px`;
  }
  const close = () => { if (closable && onClose) roundTrip(onClose); };
  closeBox.addEventListener('click', close);
  closeBox.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') close(); });
  win.addEventListener('keydown', (e) => { if (e.key === 'Escape' && win === topWindow()) { e.stopPropagation(); close(); } });
  if (focus) focus.focus(); else scroll.focus({ preventScroll: true }); // Vaadin focuses a window when it opens
  return { win, curtain };
}
const topWindow = () => [...overlays.querySelectorAll(':scope > .v-window')].pop();
/** Removes every Window (before the app re-renders the windows of the current route). */
export function closeAllWindows() {
  for (const el of overlays.querySelectorAll(':scope > .v-window, :scope > .v-window-modalitycurtain')) el.remove();
  document.body.classList.remove('v-modal-window-open');
  windowCount = 0;
}
// ---------- autoHide popups (gwt/PopupPanel.java): menus and combobox lists ----------
const popups = new Map(); // popup element -> { close, owner }
/** Registers an open popup; a mousedown outside it and outside its owner widget closes it. */
export function registerPopup(el, owner, close) { popups.set(el, { owner, close }); }
export function unregisterPopup(el) { popups.delete(el); }
export function closePopups(except) {
  for (const [el, p] of [...popups]) if (el !== except) { popups.delete(el); p.close(); }
}
document.addEventListener('mousedown', (e) => {
  for (const [el, p] of [...popups]) {
    if (el.contains(e.target) || p.owner?.contains(e.target)) continue;
    popups.delete(el); p.close();
  }
}, true);

// ---------- partial re-render hook ----------
let refresher = () => {};
/** app.js registers how to rebuild the drawer and the windows of the current route. */
export function setRefresher(fn) { refresher = fn; }
/** Rebuilds the drawer and windows (a server answer that touched only the detail). */
export const refresh = () => refresher();
