// Start page (Neuigkeiten) and the plain page for menu targets that are not reproduced.
import { tenant } from '../../store.js';
import { esc, NOT_BUILT } from '../ui.js';
import { titleOf } from '../sidebar.js';

const NEWS = [
  ['18.02.2026', 'Neue Oberfläche für Prozessparameter', 'Prozessparameter werden jetzt im Dialog „Prozessparameter verwalten“ gepflegt.'],
  ['05.02.2026', 'Wartungsfenster am 14.02.2026', 'Am Samstag, 14.02.2026, ist das AdminCenter zwischen 8:00 und 12:00 Uhr nicht erreichbar.'],
  ['20.01.2026', 'Schulungstermine 2026', 'Der SID bietet kostenfreie Online-Schulungen an. Anmeldung über servicedesk@sid.sachsen.de, Betreff „Amt24-AdminCenter-Schulung“.'],
];

export function neuigkeitenPage() {
  return {
    title: 'Neuigkeiten',
    listKey: tenant().name,
    renderList(el) {
      el.innerHTML = `<div class="content-box"><p class="muted">Willkommen im AdminCenter, Mandant ${esc(tenant().name)}.</p>
        ${NEWS.map(([d, h, t]) => `<article class="news"><div class="news-date">${d}</div><h2>${esc(h)}</h2><p>${esc(t)}</p></article>`).join('')}</div>`;
    },
  };
}

export function placeholderPage(r) {
  return {
    title: titleOf(r.view),
    renderList(el) { el.innerHTML = `<div class="content-box"><p class="placeholder">${esc(NOT_BUILT)}</p></div>`; },
  };
}
