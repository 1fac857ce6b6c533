// klassisch practice AdminCenter (the KISA guide's UI, Vaadin 8 / Valo): skeleton, routing, drawer and windows.
// Every store change is the "server answer": the MenuBar is rebuilt, the page if its data changed, the drawer
// and the windows of the current route always.
import { state, subscribe, route, login } from '../store.js';
import { header, menuItems, titleOf } from './header.js';
import { initSkeleton, roundTrip, openWindow, closeAllWindows, closePopups, setRefresher } from './server.js';
import { menuBar } from './menubar.js';
import { vlayout, cssLayout, sweepDateHints } from './vaadin.js';
import * as simple from './simple.js';
import * as mandanten from './mandanten.js';
import * as oe from './oe.js';
import * as leistungen from './leistungen.js';
import * as prozesse from './prozesse.js';
import * as gruppen from './gruppen.js';

const MODULES = { mandanten, organisationseinheiten: oe, leistungen, prozesse, benutzergruppen: gruppen };

let ui;
let frame = null; // { root, head, menu, pageSlot, drawerSlot, tenantId }
let lastHash = null;
let dataVersion = 0; // bumps on store changes that are not navigation: the list must be rebuilt
let pageKey = '';
let pageEl = null;

export function mount(el) {
  ui = initSkeleton(el);
  subscribe(onChange);
  setRefresher(() => renderDetail(route()));
  onChange();
}

function onChange() {
  const entered = location.hash !== lastHash;
  if (!entered) dataVersion++;
  lastHash = location.hash;
  render(entered);
}

function buildFrame() {
  const head = header();
  const menu = menuBar(menuItems(), { styles: ['ac-topmenu'] });
  const pageSlot = cssLayout([], ['ac-page']);
  const drawerSlot = cssLayout([], ['ac-drawer']);
  const content = cssLayout([pageSlot, drawerSlot], ['ac-content']);
  const root = vlayout([head.el, menu, content], { spacing: false, styles: ['ac-root'] });
  ui.querySelector(':scope > .v-verticallayout')?.remove();
  ui.append(root);
  frame = { root, head, menu, pageSlot, drawerSlot, tenantId: state.tenantId };
}

function render(entered) {
  closePopups();
  if (!state.loggedIn) {
    closeAllWindows();
    frame = null; pageKey = '';
    ui.querySelector(':scope > .v-verticallayout')?.remove();
    ui.append(simple.loginView(() => roundTrip(login)));
    return;
  }
  if (!frame || frame.tenantId !== state.tenantId) buildFrame();
  // the connector clears and rebuilds all MenuBar items on every update
  frame.menu.update(menuItems());
  frame.head.update();

  const r = route();
  r.entered = entered;
  const mod = MODULES[r.view];
  const key = `${state.tenantId}|${r.view}|${dataVersion}`;
  if (key !== pageKey) {
    pageKey = key;
    pageEl = r.view === 'neuigkeiten' ? simple.news() : mod ? mod.page(r) : simple.placeholder(titleOf(r.view));
    frame.pageSlot.replaceChildren(pageEl);
  }
  pageEl.select?.(r.id || null);
  renderDetail(r);
}

/** Drawer (part of the view layout) and modal Windows (overlay container) of the route. */
function renderDetail(r) {
  const mod = MODULES[r.view];
  const detail = mod && r.id ? mod.detail(r) : null;
  frame.drawerSlot.replaceChildren(...(detail?.drawer ? [detail.drawer] : []));
  for (const c of ['ac-drawer-open', 'v-csslayout-ac-drawer-open']) frame.drawerSlot.classList.toggle(c, !!detail?.drawer);
  if (detail?.drawer && r.entered) frame.drawerSlot.scrollTop = 0;
  closeAllWindows();
  for (const spec of detail?.windows || []) openWindow(spec);
  sweepDateHints();
}
