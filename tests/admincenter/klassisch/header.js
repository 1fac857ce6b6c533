// Header (logo, user drop-down, Mandant combobox, dev banner) and the horizontal top menu.
import { state, tenant, hasProzessRight, switchTenant, logout, route, go } from '../store.js';
import { esc, ico } from './ui.js';

/** Top menu: plain entries have a view, drop-downs have items [label, view, visible?]. */
export const MENU = [
  { label: 'Neuigkeiten', view: 'neuigkeiten', icon: 'inbox' },
  { label: 'Dashboard', view: 'dashboard', icon: 'dashboard' },
  { label: 'Betreute Texte', view: 'betreute-texte' },
  { label: 'Aufgaben', view: 'aufgaben', icon: 'tasks' },
  { label: 'Content Management', items: [['Inhalte', 'inhalte'], ['Medien', 'medien'], ['Navigation', 'navigation']] },
  { label: 'Zuständigkeitsfinder', items: [['Lebenslagen', 'lebenslagen'], ['Leistungen', 'leistungen'], ['Prozesse', 'prozesse', hasProzessRight], ['Prozessparametervariablen', 'prozessparametervariablen']] },
  { label: 'Organisationseinheiten', items: [['Organisationseinheiten', 'organisationseinheiten'], ['Kontaktverwaltung', 'kontaktverwaltung'], ['Anschriften', 'anschriften'], ['Öffnungszeiten', 'oeffnungszeiten'], ['Internetadressen', 'internetadressen'], ['Externe Formulare', 'externe-formulare']] },
  { label: 'Benutzerverwaltung', items: [['Benutzer', 'benutzer'], ['Benutzergruppen', 'benutzergruppen'], ['Mandanten', 'mandanten']] },
  { label: 'Verfahrensmanagement', items: [['Prozessmodelle', 'prozessmodelle'], ['Formulare', 'formulare'], ['Prozesslogs', 'prozesslogs']] },
  { label: 'Einstellungen', items: [['Allgemeine Einstellungen', 'einstellungen'], ['Systemnachrichten', 'systemnachrichten']] },
];

/** Title of any menu target (for the "nicht nachgebildet" pages). */
export function titleOf(view) {
  if (view === 'prozesslogs') return 'Logeinträge des Verfahrensmanagements';
  for (const m of MENU) {
    if (m.view === view) return m.label;
    const hit = (m.items || []).find(([, v]) => v === view);
    if (hit) return hit[0];
  }
  return 'Seite nicht gefunden';
}

let openMenu = null; // label of the open top-menu drop-down
let userOpen = false;
let tenantOpen = false;

const LOGO = `<svg class="ac-logo" viewBox="0 0 170 60" role="img" aria-label="Amt24">
  <g fill="none" stroke="#8a2a2a" stroke-width="1.6">
    <circle cx="22" cy="30" r="9"/><path d="M10 56c2-10 22-10 24 0"/>
    <circle cx="146" cy="30" r="9"/><path d="M134 56c2-10 22-10 24 0"/>
    <circle cx="122" cy="36" r="6"/><circle cx="46" cy="36" r="6"/>
  </g>
  <rect x="52" y="6" width="66" height="30" rx="6" fill="#fff" stroke="#8a2a2a" stroke-width="1.6"/>
  <text x="85" y="28" text-anchor="middle" font-family="Georgia, serif" font-size="19" font-weight="bold" fill="#8a2a2a">Amt24</text>
  <text x="85" y="48" text-anchor="middle" font-family="Georgia, serif" font-style="italic" font-size="8" fill="#8a2a2a">so geht Amt heute</text>
</svg>`;

export function renderHeader(el) {
  const t = tenant();
  el.innerHTML = `
    <a href="#!neuigkeiten" class="ac-brand" data-view="neuigkeiten">${LOGO}</a>
    <div class="ac-userbox">
      <div class="dropdown${userOpen ? ' open' : ''}">
        <button type="button" class="btn btn-default btn-sm user-btn" data-action="user" aria-haspopup="true" aria-expanded="${userOpen}">${ico('user')}${esc(state.user)}<span class="caret" aria-hidden="true"></span></button>
        <ul class="dropdown-menu">
          <li><a href="" data-action="profil">Mein Profil</a></li>
          <li><a href="" data-action="logout">Abmelden</a></li>
        </ul>
      </div>
      <div class="mandant-select${tenantOpen ? ' open' : ''}">
        <input type="text" class="form-control input-sm" role="combobox" aria-label="Mandant" title="Mandant" autocomplete="off"
          aria-autocomplete="list" aria-controls="mandant-listbox" aria-expanded="${tenantOpen}" value="${esc(t.name)}">
        <button type="button" class="btn btn-default btn-sm mandant-caret" data-action="tenant-toggle" tabindex="-1" aria-label="Mandant auswählen"><span class="caret" aria-hidden="true"></span></button>
        <ul class="dropdown-menu" id="mandant-listbox" role="listbox" aria-label="Mandanten">
          ${state.tenants.map((x) => `<li role="option" data-tenant="${x.id}" aria-selected="${x.id === t.id}" class="${x.id === t.id ? 'active' : ''}">${esc(x.name)}</li>`).join('')}
        </ul>
      </div>
    </div>
    ${state.devBanner ? `<div class="dev-banner">${ico('info')}Sie befinden sich im AdminCenter der Entwicklungsumgebung.</div>` : ''}`;
  const input = el.querySelector('[role=combobox]');
  input.value = t.name; // property as well as attribute: the visible tenant name is the value
  el.onclick = (e) => {
    const a = e.target.closest('[data-action],[data-tenant],[data-view]');
    if (!a) return;
    if (a.dataset.view) { e.preventDefault(); go(a.dataset.view); return; }
    if (a.dataset.tenant) { tenantOpen = false; userOpen = false; switchTenant(a.dataset.tenant); return; }
    const act = a.dataset.action;
    if (act === 'user') { userOpen = !userOpen; tenantOpen = false; renderHeader(el); }
    else if (act === 'logout') { e.preventDefault(); userOpen = false; logout(); }
    else if (act === 'profil') { e.preventDefault(); userOpen = false; renderHeader(el); }
    else if (act === 'tenant-toggle') { tenantOpen = !tenantOpen; renderHeader(el); if (tenantOpen) el.querySelector('[role=combobox]').focus(); }
  };
  input.onclick = () => { if (!tenantOpen) { tenantOpen = true; userOpen = false; renderHeader(el); el.querySelector('[role=combobox]').focus(); } };
  input.oninput = () => {
    // typing filters the tenant list without re-rendering the input
    const q = input.value.trim().toLowerCase();
    el.querySelector('.mandant-select').classList.add('open');
    tenantOpen = true;
    input.setAttribute('aria-expanded', 'true');
    for (const li of el.querySelectorAll('[role=option]')) li.hidden = !li.textContent.toLowerCase().includes(q);
  };
  input.onkeydown = (e) => {
    if (e.key === 'Enter') {
      const first = [...el.querySelectorAll('[role=option]')].find((li) => !li.hidden);
      tenantOpen = false;
      if (first) switchTenant(first.dataset.tenant); else renderHeader(el);
    } else if (e.key === 'Escape') { tenantOpen = false; renderHeader(el); }
  };
}

export function renderMenu(el) {
  const { view } = route();
  const entries = MENU.map((m) => {
    if (m.view) {
      return `<li class="${m.view === view ? 'active' : ''}"><a href="#!${m.view}" data-view="${m.view}">${m.icon ? ico(m.icon) : ''}${esc(m.label)}</a></li>`;
    }
    const items = m.items.filter(([, , visible]) => !visible || visible());
    const active = items.some(([, v]) => v === view);
    const open = openMenu === m.label;
    return `<li class="dropdown${active ? ' active' : ''}${open ? ' open' : ''}">
      <a href="" class="dropdown-toggle" role="button" data-menu="${esc(m.label)}" aria-haspopup="true" aria-expanded="${open}">${esc(m.label)}<span class="caret" aria-hidden="true"></span></a>
      <ul class="dropdown-menu">${items.map(([label, v]) => `<li class="${v === view ? 'active' : ''}"><a href="#!${v}" data-view="${v}">${esc(label)}</a></li>`).join('')}</ul>
    </li>`;
  }).join('');
  el.innerHTML = `<ul class="nav-top">${entries}</ul>`;
  el.onclick = (e) => {
    const a = e.target.closest('[data-menu],[data-view]');
    if (!a) return;
    e.preventDefault();
    if (a.dataset.menu) { openMenu = openMenu === a.dataset.menu ? null : a.dataset.menu; renderMenu(el); return; }
    openMenu = null;
    renderMenu(el);
    go(a.dataset.view);
  };
}

/** Clicks outside an open drop-down close it (as Bootstrap does). */
export function closeOnOutsideClick(e, headerEl, menuEl) {
  if (openMenu && !e.target.closest('.ac-menu .dropdown')) { openMenu = null; renderMenu(menuEl); }
  if ((userOpen || tenantOpen) && !e.target.closest('.ac-userbox')) { userOpen = false; tenantOpen = false; renderHeader(headerEl); }
}
