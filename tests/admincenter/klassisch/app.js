// klassisch practice AdminCenter (the KISA guide's 2022 UI): frame, routing and drawer handling.
import { state, subscribe, route, go, login } from '../store.js';
import { renderHeader, renderMenu, closeOnOutsideClick, titleOf } from './header.js';
import { showNotice } from './ui.js';
import * as simple from './simple.js';
import * as mandanten from './mandanten.js';
import * as oe from './oe.js';
import * as leistungen from './leistungen.js';
import * as prozesse from './prozesse.js';
import * as gruppen from './gruppen.js';

const MODULES = { mandanten, organisationseinheiten: oe, leistungen, prozesse, benutzergruppen: gruppen };

let root;
let lastHash = null;
let dataVersion = 0; // bumps on store changes that are not navigation: the list must be rebuilt
let pageKey = '';

export function mount(el) {
  root = el;
  subscribe(onChange);
  document.addEventListener('click', (e) => {
    if (!e.target.isConnected) return; // the click re-rendered its own target (e.g. a drop-down toggle)
    const f = root.querySelector('.ac-frame');
    if (f) closeOnOutsideClick(e, f.querySelector('.ac-header'), f.querySelector('.ac-menu'));
  });
  onChange();
}

function onChange() {
  const entered = location.hash !== lastHash;
  if (!entered) dataVersion++;
  lastHash = location.hash;
  render(entered);
}

function frame() {
  let f = root.querySelector('.ac-frame');
  if (f) return f;
  root.innerHTML = `<div class="ac-frame">
    <header class="ac-header"></header>
    <nav class="ac-menu" aria-label="Hauptmenü"></nav>
    <main class="ac-page"></main>
    <div class="ac-backdrop" hidden></div>
    <div class="ac-drawer" hidden></div>
  </div>`;
  f = root.querySelector('.ac-frame');
  // generic behaviour shared by all pages: tabs, the drawer's → button, "nicht nachgebildet" buttons
  for (const el of [f.querySelector('.ac-page'), f.querySelector('.ac-drawer')]) el.addEventListener('click', genericClick);
  f.querySelector('.ac-backdrop').addEventListener('click', () => go(route().view)); // click beside a modal drawer closes it
  return f;
}

function genericClick(e) {
  const tab = e.target.closest('.nav-tabs a[data-tab]');
  if (tab) {
    e.preventDefault();
    const scope = tab.closest('.tabbable') || tab.closest('.nav-tabs').parentElement;
    for (const li of tab.closest('.nav-tabs').children) li.classList.toggle('active', li.contains(tab));
    for (const p of scope.querySelectorAll(':scope > .tab-content > .tab-pane')) p.classList.toggle('active', p.dataset.pane === tab.dataset.tab);
    return;
  }
  const a = e.target.closest('[data-action]');
  if (!a) return;
  if (a.dataset.action === 'close-drawer') go(route().view);
  else if (a.dataset.action === 'na') showNotice(e.currentTarget);
}

function render(entered) {
  if (!state.loggedIn) {
    pageKey = '';
    root.innerHTML = simple.loginHtml();
    const pw = root.querySelector('#login-passwort');
    root.querySelector('[data-action=login]').addEventListener('click', () => login());
    pw.addEventListener('keydown', (e) => { if (e.key === 'Enter') login(); });
    return;
  }
  const f = frame();
  const r = route();
  r.entered = entered;
  renderHeader(f.querySelector('.ac-header'));
  renderMenu(f.querySelector('.ac-menu'));

  const mod = MODULES[r.view];
  const pageEl = f.querySelector('.ac-page');
  const key = `${state.tenantId}|${r.view}|${dataVersion}`;
  if (key !== pageKey) {
    pageKey = key;
    reset(pageEl);
    if (r.view === 'neuigkeiten') simple.news(pageEl);
    else if (mod) mod.page(pageEl, r);
    else simple.placeholder(pageEl, titleOf(r.view));
  }
  markSelected(pageEl, r.id);

  const drawerEl = f.querySelector('.ac-drawer');
  const backdrop = f.querySelector('.ac-backdrop');
  reset(drawerEl);
  const opts = mod && r.id ? mod.drawer(drawerEl, r) : null;
  drawerEl.hidden = !opts;
  if (!opts) drawerEl.innerHTML = '';
  drawerEl.className = 'ac-drawer' + (opts?.wide ? ' drawer-wide' : '') + (opts?.size ? ` drawer-${opts.size}` : '');
  backdrop.hidden = !opts?.modal;
  if (opts && entered) drawerEl.scrollTop = 0;
}

function reset(el) { el.onclick = el.oninput = el.onchange = el.onkeydown = null; }

/** Highlights the open record in the list (blue row) without rebuilding the list. */
function markSelected(pageEl, id) {
  for (const tr of pageEl.querySelectorAll('tr.selected')) { tr.classList.remove('selected'); tr.removeAttribute('aria-selected'); }
  if (!id) return;
  const tr = pageEl.querySelector(`tr[data-id="${CSS.escape(id)}"]`);
  if (tr) { tr.classList.add('selected'); tr.setAttribute('aria-selected', 'true'); }
}
