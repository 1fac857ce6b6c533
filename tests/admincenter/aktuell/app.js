// aktuell AdminCenter (Vaadin Flow / Lumo since 2024): vaadin-app-layout shell, render loop, page table.
// The web components come from ./vaadin.bundle.js, built from ./vaadin.js by scripts/lib/practice-files.mjs.
import './vaadin.bundle.js';
import { state, subscribe, route, go } from '../store.js';
import { buildDrawer, titleOf } from './sidebar.js';
import { h, icon, button, iconButton, helpLink, todo } from './ui.js';
import { selectKey } from './grid.js';
import { renderLogin } from './pages/login.js';
import { neuigkeitenPage, placeholderPage } from './pages/neuigkeiten.js';
import { mandantenPage } from './pages/mandanten.js';
import { oePage } from './pages/oe.js';
import { leistungenPage } from './pages/leistungen.js';
import { prozessePage } from './pages/prozesse.js';
import { gruppenPage } from './pages/gruppen.js';

// Each page: (route) → { title, anlegen?, headerButtons?, listKey, renderList(el) → grid?, selected?,
//   renderDrawer?(el), wide?, dialogKey?, renderDialog?() → vaadin-dialog }
const PAGES = {
  neuigkeiten: neuigkeitenPage,
  mandanten: mandantenPage,
  organisationseinheiten: oePage,
  leistungen: leistungenPage,
  prozesse: prozessePage,
  benutzergruppen: gruppenPage,
};

let root;
let shell = null; // { drawer, head, list, panel, dialogHost, grid, listKey, dialog: { key, el } }

export function mount(el) {
  root = el;
  subscribe(render);
  render();
}

function buildShell() {
  const head = h('vaadin-horizontal-layout', { slot: 'navbar', class: 'page-head', theme: 'spacing' });
  const list = h('div', { class: 'list-pane' });
  const panel = h('div', { class: 'drawer-pane' });
  const dialogHost = h('div', { class: 'dialog-host' });
  const drawer = buildDrawer();
  const layout = h('vaadin-app-layout', { 'primary-section': 'drawer' }, drawer.el, head, h('div', { class: 'view' }, list, panel, dialogHost));
  root.replaceChildren(
    state.devBanner ? h('div', { class: 'dev-banner' }, icon('vaadin:info-circle-o'), ' Sie befinden sich im AdminCenter der Entwicklungsumgebung.') : '',
    // the frame is a containing block for app-layout's fixed navbar and drawer, so they start below the banner
    h('div', { class: `frame${state.devBanner ? ' with-banner' : ''}` }, layout));
  shell = { drawer, head, list, panel, dialogHost, grid: null, listKey: null, dialog: null };
}

function render() {
  if (!state.loggedIn) { closeDialog(); shell = null; renderLogin(root); return; }
  if (!shell) buildShell();
  const r = route();
  const page = (PAGES[r.view] || placeholderPage)(r);
  shell.drawer.refresh();
  renderHead(page, r);
  // keep the list (scroll position, filter) when only the drawer changes
  const key = `${state.tenantId}|${r.view}|${page.listKey ?? ''}`;
  if (key !== shell.listKey) {
    shell.listKey = key;
    shell.list.replaceChildren();
    shell.grid = page.renderList(shell.list) || null;
  }
  if (shell.grid) selectKey(shell.grid, page.selected);
  shell.panel.replaceChildren();
  shell.panel.className = `drawer-pane${page.renderDrawer ? ' open' : ''}${page.wide ? ' wide' : ''}`;
  if (page.renderDrawer) page.renderDrawer(shell.panel);
  // a dialog stays open (with its working state) while the route stays on it
  const dialogKey = page.renderDialog ? `${state.tenantId}|${location.hash}` : null;
  if (dialogKey !== shell.dialog?.key) {
    closeDialog();
    if (dialogKey) openDialog(dialogKey, page.renderDialog());
  }
}

function renderHead(page, r) {
  const anlegen = page.anlegen && button('Anlegen', { icon: 'vaadin:plus', onClick: typeof page.anlegen === 'function' ? page.anlegen : todo });
  shell.head.replaceChildren(
    iconButton('vaadin:close', 'Seite schließen', () => go('neuigkeiten'), 'icon'),
    h('h1', {}, page.title || titleOf(r.view)),
    anlegen || '',
    ...(page.headerButtons || []).map((t) => button(t, { onClick: todo })),
    h('span', { class: 'head-help' }, helpLink()));
  shell.head.firstChild.classList.add('head-x');
}

function openDialog(key, dialog) {
  shell.dialog = { key, el: dialog };
  // Escape or the × closes the dialog: back to the record it belongs to. (The first opened-changed is the
  // initial false of a new dialog: only a close after it was open counts.)
  let wasOpen = false;
  dialog.addEventListener('opened-changed', (e) => {
    if (e.detail.value) { wasOpen = true; return; }
    if (!wasOpen || shell?.dialog?.el !== dialog) return;
    const r = route();
    go(r.view, r.id);
  });
  shell.dialogHost.append(dialog);
  dialog.opened = true;
}
function closeDialog() {
  const d = shell?.dialog?.el;
  if (!d) return;
  shell.dialog = null;
  d.opened = false;
  // the overlay plays Lumo's closing animation in body, then returns into the dialog: remove it after that
  d.addEventListener('closed', () => d.remove(), { once: true });
  setTimeout(() => d.remove(), 1000);
}
