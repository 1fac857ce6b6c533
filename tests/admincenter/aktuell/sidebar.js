// Dark left sidebar: avatar, Amt24 logo, Mandant drop-down, the menu with expandable groups.
import { state, hasProzessRight, logout } from '../store.js';
import { esc } from './ui.js';

/** Menu of the aktuell AdminCenter; `view` is the hash route of an entry. */
export function menu() {
  return [
    { label: 'Neuigkeiten', view: 'neuigkeiten' },
    { label: 'Betreute Texte', view: 'betreutetexte' },
    { label: 'Aufgaben', view: 'aufgaben' },
    { label: 'Content', items: [['Artikel', 'artikel'], ['Medien', 'medien'], ['Glossar', 'glossar']] },
    { label: 'Zuständigkeitsfinder', items: [['Lebenslagen', 'lebenslagen'], ['Leistungen', 'leistungen'],
      ...(hasProzessRight() ? [['Prozesse', 'prozesse']] : []), ['Prozessparametervariablen', 'prozessparametervariablen'], ['Weitere Informationen', 'weitereinformationen']] },
    { label: 'Organisationseinheiten', items: [['Organisationseinheiten', 'organisationseinheiten'], ['Behördengruppen', 'behoerdengruppen'],
      ['Kontaktpersonen', 'kontaktpersonen'], ['Anschriften', 'anschriften'], ['Öffnungszeiten', 'oeffnungszeiten'], ['Internetadressen', 'internetadressen']] },
    { label: 'Benutzer', items: [['Benutzer', 'benutzer'], ['Benutzergruppen', 'benutzergruppen'], ['Rollen', 'rollen'], ['Rechte', 'rechte'], ['Mandanten', 'mandanten']] },
    { label: 'Servicekonto', items: [['Servicekonten', 'servicekonten'], ['Postfachnachrichten', 'postfachnachrichten']] },
    { label: 'Verfahrensmanagement', items: [['Prozessmodelle', 'prozessmodelle'], ['Formulare', 'formulare'], ['Prozesslogs', 'prozesslogs']] },
    { label: 'Einstellungen', items: [['Allgemein', 'einstellungen'], ['Textbausteine', 'textbausteine']] },
  ];
}

/** Title of a route for page headers (menu label, else the view name). */
export function titleOf(view) {
  for (const m of menu()) {
    if (m.view === view) return m.label;
    for (const [l, v] of m.items || []) if (v === view) return l;
  }
  return view.charAt(0).toUpperCase() + view.slice(1);
}

// groups the user opened or closed by hand (label → open?)
const toggled = new Map();
let userMenuOpen = false;

const initials = (u) => u.split(/[._\s@]/).filter(Boolean).slice(0, 2).map((s) => s[0].toUpperCase()).join('');

export function renderSidebar(el, view) {
  const groups = menu().map((m) => {
    if (!m.items) return `<li><a href="#!${m.view}" data-go="${m.view}" class="entry${m.view === view ? ' current' : ''}"${m.view === view ? ' aria-current="page"' : ''}>${esc(m.label)}</a></li>`;
    const containsCurrent = m.items.some(([, v]) => v === view);
    const open = toggled.has(m.label) ? toggled.get(m.label) : containsCurrent;
    return `<li class="group${open ? ' open' : ''}"><button type="button" class="entry grp" aria-expanded="${open}" data-group="${esc(m.label)}"><span>${esc(m.label)}</span><span class="chev" aria-hidden="true">›</span></button>
      ${open ? `<ul class="sub">${m.items.map(([l, v]) => `<li><a href="#!${v}" data-go="${v}" class="entry${v === view ? ' current' : ''}"${v === view ? ' aria-current="page"' : ''}>${esc(l)}</a></li>`).join('')}</ul>` : ''}</li>`;
  }).join('');
  el.innerHTML = `<div class="side-top">
      <button type="button" class="avatar" aria-haspopup="menu" aria-expanded="${userMenuOpen}" aria-label="Profilmenü (${esc(state.user)})" title="${esc(state.user)}">${esc(initials(state.user))}</button>
      <div class="logo" aria-label="Amt24"><svg viewBox="0 0 110 44" width="96" height="38" aria-hidden="true"><text x="2" y="25" font-family="Segoe UI, Arial, sans-serif" font-size="26" font-weight="600" fill="#fff">Amt24</text><text x="4" y="39" font-family="Brush Script MT, cursive" font-style="italic" font-size="10" fill="#fff">zu Hause aufs Amt</text></svg></div>
      ${userMenuOpen ? `<div class="user-menu" role="menu"><div class="user-name">${esc(state.user)}</div><button type="button" role="menuitem" class="logout">Abmelden</button></div>` : ''}
    </div>
    <div class="mandant-box"><div class="mandant-label">Mandant</div><ac-mandant-select></ac-mandant-select></div>
    <nav aria-label="Hauptmenü"><ul class="menu">${groups}</ul></nav>
    <div class="side-user">Angemeldet als <span class="user-name">${esc(state.user)}</span></div>`;
}

/** One delegated click listener for the sidebar (groups, user menu); data-go links are handled by app.js. */
export function bindSidebar(el, rerender) {
  el.addEventListener('click', (e) => {
    const g = e.target.closest('[data-group]');
    if (g) { toggled.set(g.dataset.group, g.getAttribute('aria-expanded') !== 'true'); rerender(); return; }
    if (e.target.closest('.avatar')) { userMenuOpen = !userMenuOpen; rerender(); return; }
    if (e.target.closest('.logout')) { userMenuOpen = false; logout(); }
  });
}
