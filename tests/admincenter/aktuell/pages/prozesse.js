// Zuständigkeitsfinder › Prozesse: list, drawer, confirm "Prozess aktivieren", dialog "Prozessparameter verwalten - <Prozess>".
import { tenant, prozess, go, hasProzessRight, activateProzess, saveProzessParameter } from '../../store.js';
import { esc, field, btn, panel, grid, tabbed, drawerFrame, dialogFrame, mandantChip, filterInput, table, bindFilter, setFlash } from '../ui.js';
import { renderParameterDialog, resetParameter } from './prozessparameter.js';

export function prozessePage(r) {
  const t = tenant();
  if (!hasProzessRight()) {
    return { title: 'Prozesse', renderList(el) { el.innerHTML = '<div class="content-box"><p class="placeholder">Sie haben keine Berechtigung für diesen Bereich. Benötigt wird die Benutzergruppe „Mandantenredakteur Prozessparameter und -integration“.</p></div>'; } };
  }
  const p = r.id ? prozess(r.id) : null;
  if (r.sub !== 'prozessparameter') resetParameter();
  const page = {
    title: 'Prozesse',
    listKey: t.prozesse.map((x) => `${x.id}:${x.aktiv}`).join(','),
    selected: p?.id ?? null,
    renderList(el) {
      el.innerHTML = `<div class="content-box">${filterInput('Tabelle filtern', 'prozesse')}
        ${table(['Name', 'Typ des Prozessmodells', 'Version des Prozessmodells', 'Status'], t.prozesse.map((x) => ({ id: x.id, go: `prozesse/${x.id}`, cells: [esc(x.name), '', esc(x.version), x.aktiv ? 'Aktiv' : 'Nicht aktiv'] })), { label: 'Prozesse' })}</div>`;
      bindFilter(el);
    },
  };
  if (r.id && !p) page.renderDrawer = (el) => { el.innerHTML = drawerFrame({ title: 'Prozess', body: '<p class="muted">Diesen Prozess gibt es beim gewählten Mandanten nicht.</p>' }); };
  else if (p) {
    page.renderDrawer = (el) => renderDrawer(el, p);
    if (r.sub === 'aktivieren' && !p.aktiv) page.renderDialog = (el) => renderConfirm(el, p);
    if (r.sub === 'prozessparameter' && p.aktiv) page.renderDialog = (el) => renderParameterDialog(el, p);
  }
  return page;
}

function renderDrawer(el, p) {
  const stamm = `${field('Id', p.id, { ro: true })}${field('Name', p.name, { ro: true })}${field('Typ des Prozessmodells', '', { ro: true })}${field('Version des Prozessmodells', p.version, { ro: true })}
    <div class="fld ro"><span class="lbl" id="dep-${p.id}">Deployed am</span><div class="two-inp" role="group" aria-labelledby="dep-${p.id}"><input class="inp" readonly aria-label="Deployed am (Datum)" value="${esc(p.deployedAm)}"><input class="inp" readonly aria-label="Deployed am (Uhrzeit)" value="${esc(p.deployedUm)}"></div></div>
    <div class="form-actions"><button type="button" class="btn link" disabled>Abbrechen</button><button type="button" class="btn primary" disabled>Speichern</button></div>`;
  el.innerHTML = drawerFrame({
    title: p.name,
    chips: mandantChip(),
    body: `<div class="panel">${tabbed(['Stammdaten', 'Verwendung', 'Beschreibung und Dokumentation'], [stamm, null, null])}</div>
      <p class="status-line">Status: <strong>${p.aktiv ? 'Aktiv' : 'Nicht aktiv'}</strong></p>
      ${panel('Verwalten', grid([
        btn('Link generieren', 'data-todo', { disabled: p.aktiv }),
        btn('Prozessparameter', `data-go="prozesse/${p.id}/prozessparameter"`, { disabled: !p.aktiv }),
        btn('Prozess aktivieren', `data-go="prozesse/${p.id}/aktivieren"`, { disabled: p.aktiv }),
        btn('Prozess teilen', 'data-todo'), btn('Standard vorschlagen', 'data-todo'), btn('Standardprozess', '', { disabled: true }),
      ]))}`,
  });
}

function renderConfirm(el, p) {
  el.innerHTML = dialogFrame({
    title: 'Prozess aktivieren',
    cls: 'small-dialog',
    body: `<p>Möchten Sie den Prozess „${esc(p.name)}“ für den Mandanten ${esc(tenant().name)} aktivieren?</p><p class="muted">Danach pflegen Sie die Parameter über „Prozessparameter“.</p>`,
    footer: '<button type="button" class="btn link" data-close-dialog>Abbrechen</button><button type="button" class="btn primary" data-activate>Aktivieren</button>',
  });
  el.querySelector('[data-activate]').addEventListener('click', () => {
    setFlash('Der Prozess wurde aktiviert.', `#!prozesse/${p.id}`);
    go('prozesse', p.id);
    activateProzess(p.id);
  });
}
