// State of the practice AdminCenter, shared by both UI generations.
// Plain data + named actions; the UIs render from `state` and call actions
// from real user events only (never dispatch synthetic events).
import { seedTenants, CURRENT_USER } from './seed.js';

const params = new URLSearchParams(location.search);

export const state = {
  /** 'klassisch' (the KISA guide's UI) or 'aktuell' (sidebar UI since 2024) */
  ui: params.get('ui') === 'klassisch' ? 'klassisch' : 'aktuell',
  /** magenta dev banner: off on the live host or with ?env=live */
  devBanner: params.get('env') !== 'live' && location.hostname !== 'admincenter.amt24.sachsen.de',
  loggedIn: params.get('login') !== '1',
  user: CURRENT_USER,
  tenants: seedTenants({ rows: Number(params.get('rows') || 0), prozessRight: params.get('prozessrecht') !== '0' }),
  tenantId: 0,
};
const wanted = params.get('tenant');
state.tenantId = (state.tenants.find((t) => t.name === wanted || t.key === wanted) || state.tenants[0]).id;
// ?hostile=1 (security test only): the current tenant, its first OE, its first process and the user u3 get
// names with markup in them. The AdminCenter and the extension must show these as text, never run or render them.
if (params.get('hostile') === '1') {
  const t = state.tenants.find((x) => x.id === state.tenantId);
  const evil = '<img src=x onerror="window.__pwned=(window.__pwned||0)+1"> <script>window.__pwned=1</script> "><b>fett</b>';
  t.name = `Freiberg ${evil}`;
  t.oes[0].name = `Standesamt ${evil}`;
  t.prozesse[0].name = `KOMM24Hundesteueranmeldung ${evil}`;
  Object.assign(t.benutzer.find((u) => u.id === 'u3'), { vorname: `Erika ${evil}`, nachname: `Beispiel ${evil}` });
}

const listeners = new Set();
export function subscribe(fn) { listeners.add(fn); return () => listeners.delete(fn); }
function changed() { for (const fn of listeners) fn(state); }

export const tenant = () => state.tenants.find((t) => t.id === state.tenantId);
const byId = (list, id) => list.find((x) => String(x.id) === String(id));
export const oe = (id) => byId(tenant().oes, id);
export const leistung = (id) => byId(tenant().leistungen, id);
export const prozess = (id) => byId(tenant().prozesse, id);
export const gruppe = (id) => byId(tenant().gruppen, id);
export const benutzer = (id) => byId(tenant().benutzer, id);

/** Whether the current user sees `Prozesse` (guide 4: needs group 307). */
export function hasProzessRight() {
  const me = tenant().benutzer.find((u) => u.benutzername.startsWith(state.user));
  return !!me && gruppe(307).benutzer.includes(me.id);
}

// ---------- routing: #!view/id/sub (hash-bang, as the real AdminCenter) ----------
export function route() {
  const raw = location.hash.replace(/^#!?/, '');
  const [path, query = ''] = raw.split('?');
  const [view = '', id = '', sub = ''] = path.split('/');
  return { view: view || 'neuigkeiten', id, sub, query: new URLSearchParams(query) };
}
// Vaadin's Navigator sets the route with history.pushState: no hashchange fires, the app re-renders itself.
export function go(view, id = '', sub = '') {
  const hash = '#!' + [view, id, sub].filter((p) => p !== '' && p != null).join('/');
  if (hash !== location.hash) history.pushState(null, '', hash);
  changed();
}
// Back/forward (popstate) and a hash typed into the address bar (hashchange).
addEventListener('popstate', changed);
addEventListener('hashchange', changed);

// ---------- actions ----------
let nextId = 6009000;
const now = () => new Date().toLocaleString('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }).replace(',', '');

export function login() { state.loggedIn = true; go('neuigkeiten'); changed(); }
export function logout() { state.loggedIn = false; go('login'); changed(); }
export function switchTenant(id) { state.tenantId = Number(id); go('neuigkeiten'); changed(); }

/** Impressum, Datenschutzbeauftragter, Bild of the current Mandant. */
export function saveMandantField(field, value) {
  if (!['impressum', 'datenschutz', 'bild'].includes(field)) throw new Error(field);
  tenant()[field] = value; changed();
}

export function createOe(fields) {
  const name = (fields.name || '').trim();
  if (!name) return { error: 'Bitte füllen Sie das Pflichtfeld Name aus.' };
  const entry = { id: nextId++, parentId: fields.parentId ?? null, name, behoerdenschluessel: fields.behoerdenschluessel || '', behoerde: fields.behoerde || '', istBehoerde: !!fields.istBehoerde, externeId: fields.externeId || '', version: null, versions: [], kommunikation: [], texte: { beschreibung: '', barrierefreiheit: { eingangsbereich: '', toiletten: '', aufzuege: '' } } };
  tenant().oes.push(entry); changed();
  return { oe: entry };
}
export function saveOeStammdaten(id, fields) { Object.assign(oe(id), fields); changed(); }

/** Kommunikation: the UI edits a working copy and saves it as a whole. */
export function saveKommunikation(id, rows) {
  oe(id).kommunikation = rows.map((r) => ({ kanal: r.kanal, kennung: r.kennung, zusatz: r.zusatz || '', oeffentlich: !!r.oeffentlich }));
  changed();
}
export function moveRow(rows, index, delta) {
  const to = index + delta;
  if (to < 0 || to >= rows.length) return rows;
  const copy = rows.slice(); [copy[index], copy[to]] = [copy[to], copy[index]]; return copy;
}

/** Missing required OE text fields, as labels (empty = may publish). */
export function missingOeFields(texte) {
  const b = texte.barrierefreiheit;
  return [['Eingangsbereich', b.eingangsbereich], ['Toiletten', b.toiletten], ['Aufzüge', b.aufzuege]]
    .filter(([, v]) => !String(v || '').trim()).map(([l]) => l);
}
function bump(record, art) {
  const cur = Number.parseFloat(record.version || '0');
  const published = art === 'Veröffentlicht';
  const next = published ? `${Math.floor(cur) + 1}.0` : record.version && cur % 1 ? `${Math.floor(cur)}.${Math.round((cur % 1) * 10) + 1}` : `${Math.floor(cur)}.1`;
  record.version = next;
  record.versions.unshift({ datum: now(), version: next, art: published ? 'Veröffentlicht' : 'Arbeitsversion' });
}
export function saveOeText(id, texte, publish) {
  const o = oe(id);
  if (publish) {
    const missing = missingOeFields(texte);
    if (missing.length) return { error: `Bitte füllen Sie alle Pflichtfelder aus: ${missing.join(', ')}.` };
  }
  o.texte = structuredClone(texte);
  bump(o, publish ? 'Veröffentlicht' : 'Entwurf');
  changed();
  return { ok: true };
}

/** K. Ergänzung: a kommunale Leistung (Stufe 2) below a Landesleistung. */
export function createErgaenzung(parentId) {
  const parent = leistung(parentId);
  const existing = tenant().leistungen.find((l) => l.parentId === parent.id);
  if (existing) return { leistung: existing };
  const entry = { id: nextId++, parentId: parent.id, leika: parent.leika, typisierung: parent.typisierung, name: parent.name, typ: 'Ergänzung', sdg: '', kommentar: '', version: '0.1', versions: [{ datum: now(), version: '0.1', art: 'Arbeitsversion' }], texte: { kosten: '', hinweise: '' } };
  tenant().leistungen.push(entry); changed();
  return { leistung: entry };
}
export function saveErgaenzungText(id, texte, publish) {
  const l = leistung(id);
  if (publish && !String(texte.kosten || '').trim() && !String(texte.hinweise || '').trim()) {
    return { error: 'Bitte ergänzen Sie mindestens einen bearbeitbaren Abschnitt.' };
  }
  l.texte = { ...l.texte, ...texte };
  bump(l, publish ? 'Veröffentlicht' : 'Entwurf');
  changed();
  return { ok: true };
}

/** Benutzergruppen: replace the assigned users after "Zuordnung speichern". */
export function saveZuordnung(groupId, userIds) { gruppe(groupId).benutzer = [...userIds]; changed(); }

export function activateProzess(id) { prozess(id).aktiv = true; changed(); }
export function saveProzessParameter(id, values) {
  const p = prozess(id);
  for (const [name, wert] of Object.entries(values)) {
    const row = p.parameter.find((r) => r.name === name);
    if (row) row.wert = wert;
  }
  changed();
}
export { changed as notify };

// aktuell helper: `+ Anlegen` on Benutzergruppen creates a group of the current tenant.
export function createGruppe(fields) {
  const name = (fields.name || '').trim();
  if (!name) return { error: 'Bitte füllen Sie das Pflichtfeld Name aus.' };
  const entry = { id: nextId++, name, beschreibung: (fields.beschreibung || '').trim(), benutzer: [] };
  tenant().gruppen.push(entry); changed();
  return { gruppe: entry };
}
