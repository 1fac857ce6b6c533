// Start page (Neuigkeiten) and the plain page for menu targets that are not reproduced.
import { tenant } from '../../store.js';
import { h, NOT_BUILT } from '../ui.js';
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
      el.append(h('div', { class: 'content-box' }, h('p', { class: 'muted' }, `Willkommen im AdminCenter, Mandant ${tenant().name}.`),
        NEWS.map(([d, t, text]) => h('article', { class: 'news' }, h('div', { class: 'news-date' }, d), h('h2', {}, t), h('p', {}, text)))));
    },
  };
}

export function placeholderPage(r) {
  return {
    title: titleOf(r.view),
    renderList(el) { el.append(h('div', { class: 'content-box' }, h('p', { class: 'placeholder' }, NOT_BUILT))); },
  };
}
