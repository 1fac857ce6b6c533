// Header (logo, user menu, Mandant ComboBox, dev banner) and the top MenuBar.
import { state, tenant, hasProzessRight, switchTenant, logout, go } from '../store.js';
import { FA, label, inlineIcon, image, hlayout, vlayout, h } from './vaadin.js';
import { roundTrip, notify } from './server.js';
import { menuBar } from './menubar.js';
import { comboBox } from './combobox.js';

/** Top menu: plain entries have a view, drop-downs have items [label, view, visible?]. */
export const MENU = [
  { label: 'Neuigkeiten', view: 'neuigkeiten', icon: FA.INBOX },
  { label: 'Dashboard', view: 'dashboard', icon: FA.DASHBOARD },
  { label: 'Betreute Texte', view: 'betreute-texte' },
  { label: 'Aufgaben', view: 'aufgaben', icon: FA.TASKS },
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

/** MenuBar items, computed anew on every server answer (the right for Prozesse may differ per tenant). */
export const menuItems = () => MENU.map((m) => (m.view
  ? { caption: m.label, icon: m.icon, command: () => go(m.view) }
  : { caption: m.label, children: m.items.filter(([, , visible]) => !visible || visible()).map(([caption, view]) => ({ caption, command: () => go(view) })) }));

const userItems = () => [{ caption: state.user, icon: FA.USER, children: [
  { caption: 'Mein Profil', command: () => notify('Dieser Bereich ist in der Übungsumgebung nicht nachgebildet.') },
  { separator: true },
  { caption: 'Abmelden', command: () => logout() },
] }];

const LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 170 60">
  <g fill="none" stroke="#8a2a2a" stroke-width="1.6"><circle cx="22" cy="30" r="9"/><path d="M10 56c2-10 22-10 24 0"/><circle cx="146" cy="30" r="9"/><path d="M134 56c2-10 22-10 24 0"/><circle cx="122" cy="36" r="6"/><circle cx="46" cy="36" r="6"/></g>
  <rect x="52" y="6" width="66" height="30" rx="6" fill="#fff" stroke="#8a2a2a" stroke-width="1.6"/>
  <text x="85" y="28" text-anchor="middle" font-family="Georgia, serif" font-size="19" font-weight="bold" fill="#8a2a2a">Amt24</text>
  <text x="85" y="48" text-anchor="middle" font-family="Georgia, serif" font-style="italic" font-size="8" fill="#8a2a2a">so geht Amt heute</text></svg>`;
const LOGO = `data:image/svg+xml,${encodeURIComponent(LOGO_SVG)}`;

/** Builds the header; returns { el, userMenu } (the user MenuBar is rebuilt with the top menu). */
export function header() {
  const logo = image(LOGO, 'Amt24', ['ac-logo']);
  logo.addEventListener('click', () => roundTrip(() => go('neuigkeiten')));
  const userMenu = menuBar(userItems(), { styles: ['ac-user'] });
  const t = tenant();
  const mandant = comboBox({
    items: state.tenants.map((x) => ({ value: x.id, caption: x.name })),
    value: t.id,
    onPick: (id) => { if (id != null && id !== state.tenantId) switchTenant(id); },
    styles: ['small', 'ac-mandant'],
  });
  const box = vlayout([userMenu, { w: mandant, caption: 'Mandant' }], { spacing: true, styles: ['ac-userbox'] });
  const banner = state.devBanner
    ? label([inlineIcon(FA.INFO_CIRCLE), ' Sie befinden sich im AdminCenter der Entwicklungsumgebung.'], ['ac-devbanner'])
    : null;
  const el = hlayout([logo, box, banner ? { w: banner, expand: true } : null], { styles: ['ac-header'] });
  return { el, userMenu, update: () => userMenu.update(userItems()) };
}

export { h };
