// Dark drawer of the vaadin-app-layout: avatar with profile menu, Amt24 logo, the Mandant vaadin-select,
// the vaadin-side-nav with collapsible groups (parents without path, leaves with path).
import { state, tenant, hasProzessRight, logout, switchTenant, go } from '../store.js';
import { h, select } from './ui.js';

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

const initials = (u) => u.split(/[._\s@]/).filter(Boolean).slice(0, 2).map((s) => s[0].toUpperCase()).join('');

// A leaf links to its hash route (a working href); the alias lets side-nav find the current item on
// #!view and its records (see the location facade in vaadin.js).
function leaf(label, view, child) {
  const item = h('vaadin-side-nav-item', { path: `#!${view}`, slot: child ? 'children' : null, '.matchNested': true }, label);
  item.pathAliases = [`${location.pathname.replace(/\/?$/, '/')}${view}`];
  return item;
}

/** Builds the drawer content; `refresh()` re-reads the route and the tenant. */
export function buildDrawer() {
  const nav = h('vaadin-side-nav', { class: 'main-nav' });
  // Flow's SideNav routes in the app (no page load); the route, not the href, is what counts
  nav.onNavigate = ({ path }) => { const [v, id, sub] = path.replace(/^#!?/, '').split('/'); go(v, id, sub); };
  let menuSig = '';
  const fillNav = () => {
    const m = menu();
    const sig = JSON.stringify(m);
    if (sig === menuSig) return;
    const open = new Map([...nav.children].map((i) => [i.firstChild?.textContent, i.expanded]));
    menuSig = sig;
    nav.replaceChildren(...m.map((g) => {
      if (!g.items) return leaf(g.label, g.view, false);
      const parent = h('vaadin-side-nav-item', {}, g.label, g.items.map(([l, v]) => leaf(l, v, true)));
      if (open.get(g.label)) parent.expanded = true;
      return parent;
    }));
  };

  const mandant = select('Mandant', [], '', { onChange: (e) => { if (Number(e.target.value) !== state.tenantId) switchTenant(e.target.value); } });
  mandant.classList.add('mandant-select');

  let menuOpen = false;
  const userMenu = h('div', { class: 'user-menu', role: 'menu', hidden: true },
    h('div', { class: 'user-name' }, state.user),
    h('vaadin-button', { role: 'menuitem', theme: 'tertiary', '@click': () => { setMenu(false); logout(); } }, 'Abmelden'));
  const avatar = h('vaadin-button', { class: 'avatar', theme: 'icon', 'aria-haspopup': 'menu', 'aria-expanded': 'false', 'aria-label': `Profilmenü (${state.user})`, title: state.user,
    '@click': () => setMenu(!menuOpen) }, h('span', { 'aria-hidden': 'true' }, initials(state.user)));
  function setMenu(open) { menuOpen = open; userMenu.hidden = !open; avatar.setAttribute('aria-expanded', String(open)); }
  document.addEventListener('click', (e) => { if (menuOpen && !e.composedPath().includes(avatar) && !e.composedPath().includes(userMenu)) setMenu(false); });

  const logo = h('div', { class: 'logo', role: 'img', 'aria-label': 'Amt24' }, h('span', { class: 'logo-word' }, 'Amt24'), h('span', { class: 'logo-claim' }, 'zu Hause aufs Amt'));
  const el = h('div', { slot: 'drawer', class: 'side', theme: 'dark' },
    h('div', { class: 'side-top' }, avatar, logo, userMenu),
    h('div', { class: 'mandant-box' }, mandant),
    nav,
    h('div', { class: 'side-user' }, 'Angemeldet als ', h('span', { class: 'user-name' }, state.user)));

  return {
    el,
    refresh() {
      fillNav();
      const items = state.tenants.map((t) => [t.id, t.name]);
      const sig = JSON.stringify(items);
      if (mandant.dataset.sig !== sig) { mandant.dataset.sig = sig; mandant.items = items.map(([v, l]) => ({ value: String(v), label: l })); }
      if (mandant.value !== String(tenant().id)) mandant.value = String(tenant().id);
      // tells every item to compare its path with the route again (fires side-nav-location-changed)
      nav.location = location.href;
    },
  };
}
