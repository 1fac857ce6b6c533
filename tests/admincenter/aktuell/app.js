// aktuell AdminCenter (sidebar UI since 2024): shell, render loop and the page table.
import { state, subscribe, route, go } from '../store.js';
import './elements.js';
import { renderSidebar, bindSidebar, titleOf } from './sidebar.js';
import { esc, toast, NOT_BUILT } from './ui.js';
import { renderLogin } from './pages/login.js';
import { neuigkeitenPage, placeholderPage } from './pages/neuigkeiten.js';
import { mandantenPage } from './pages/mandanten.js';
import { oePage } from './pages/oe.js';
import { leistungenPage } from './pages/leistungen.js';
import { prozessePage } from './pages/prozesse.js';
import { gruppenPage } from './pages/gruppen.js';

// Each page: (route) → { title, anlegen?, headerButtons?, listKey, renderList(el), selected?, renderDrawer?(el), wide?, renderDialog?(el) }
const PAGES = {
  neuigkeiten: neuigkeitenPage,
  mandanten: mandantenPage,
  organisationseinheiten: oePage,
  leistungen: leistungenPage,
  prozesse: prozessePage,
  benutzergruppen: gruppenPage,
};

let root;
let shell = null; // { side, head, list, drawer, dialog }
let listKey = null;

export function mount(el) {
  root = el;
  root.addEventListener('click', onClick);
  // Escape closes an open dialog (back to its drawer), as modal dialogs do
  root.addEventListener('keydown', (e) => { if (e.key === 'Escape' && shell?.dialog.firstChild) { const r = route(); go(r.view, r.id); } });
  subscribe(render);
  render();
}

function buildShell() {
  root.innerHTML = `${state.devBanner ? '<div class="dev-banner" role="note"><span class="info"><svg class="ico" viewBox="0 0 16 16" width="15" height="15" aria-hidden="true"><circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" stroke-width="1.4"/><rect x="7.3" y="7" width="1.4" height="5" fill="currentColor"/><circle cx="8" cy="4.8" r=".9" fill="currentColor"/></svg></span> Sie befinden sich im AdminCenter der Entwicklungsumgebung.</div>' : ''}
    <div class="layout${state.devBanner ? ' with-banner' : ''}">
      <aside class="sidebar"></aside>
      <main class="main"><header class="page-head"></header><div class="list-pane"></div></main>
    </div><div class="drawer-pane"></div><div class="dialog-pane"></div>`;
  shell = { side: root.querySelector('.sidebar'), head: root.querySelector('.page-head'), list: root.querySelector('.list-pane'), drawer: root.querySelector('.drawer-pane'), dialog: root.querySelector('.dialog-pane') };
  bindSidebar(shell.side, render);
  listKey = null;
}

function render() {
  if (!state.loggedIn) { shell = null; renderLogin(root); return; }
  if (!shell) buildShell();
  const r = route();
  const page = (PAGES[r.view] || placeholderPage)(r);
  renderSidebar(shell.side, r.view);
  shell.head.innerHTML = `<button type="button" class="head-x" data-go="neuigkeiten" aria-label="Seite schließen" title="Seite schließen">×</button>
    <h1>${esc(page.title || titleOf(r.view))}</h1>
    ${page.anlegen ? '<button type="button" class="btn head-btn" data-anlegen><span aria-hidden="true">+</span> Anlegen</button>' : ''}
    ${(page.headerButtons || []).map((b) => `<button type="button" class="btn head-btn" data-todo>${esc(b)}</button>`).join('')}
    <a href="#" class="help head-help" data-todo><svg class="ico help-ico" viewBox="0 0 16 16" width="15" height="15" aria-hidden="true"><circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" stroke-width="1.4"/><rect x="7.3" y="7" width="1.4" height="5" fill="currentColor"/><circle cx="8" cy="4.8" r=".9" fill="currentColor"/></svg> Online-Hilfe</a>`;
  currentPage = page;
  // keep the list (scroll, filter input) when only the drawer changes
  const key = `${state.tenantId}|${r.view}|${page.listKey ?? ''}`;
  if (key !== listKey) { listKey = key; shell.list.innerHTML = ''; page.renderList(shell.list); }
  for (const tr of shell.list.querySelectorAll('tr.sel')) tr.classList.remove('sel');
  if (page.selected != null) shell.list.querySelector(`tr[data-id="${CSS.escape(String(page.selected))}"]`)?.classList.add('sel');
  shell.drawer.innerHTML = '';
  shell.drawer.className = 'drawer-pane' + (page.renderDrawer ? ' open' : '') + (page.wide ? ' wide' : '');
  if (page.renderDrawer) page.renderDrawer(shell.drawer);
  shell.dialog.innerHTML = '';
  if (page.renderDialog) page.renderDialog(shell.dialog);
}
let currentPage = null;

/** Delegated clicks shared by every page: navigation, close buttons, tabs, not-reproduced targets. */
function onClick(e) {
  const t = e.target;
  const goEl = t.closest('[data-go]');
  if (goEl && !goEl.disabled) { e.preventDefault(); const [v, id, sub] = goEl.dataset.go.split('/'); go(v, id, sub); return; }
  if (t.closest('[data-anlegen]')) { if (typeof currentPage?.anlegen === 'function') currentPage.anlegen(); else toast(NOT_BUILT); return; }
  if (t.closest('[data-close-drawer]')) { go(route().view); return; }
  if (t.closest('[data-close-dialog]')) { const r = route(); go(r.view, r.id); return; }
  const tab = t.closest('[role=tab]');
  if (tab) { selectTab(tab); return; }
  const todo = t.closest('[data-todo]');
  if (todo && !todo.disabled) { e.preventDefault(); toast(NOT_BUILT); }
}

/** Switch a tab and show its panel (panels carry data-tabpanel = tab name). */
function selectTab(tab) {
  const box = tab.closest('.tabbed');
  if (!box) return;
  for (const other of box.querySelectorAll('[role=tab]')) other.setAttribute('aria-selected', String(other === tab));
  for (const p of box.querySelectorAll('[data-tabpanel]')) p.hidden = p.dataset.tabpanel !== tab.dataset.tab;
}
