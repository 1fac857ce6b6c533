// Login, Neuigkeiten and the pages the practice environment does not reproduce.
import { esc, pageTitle, NA_TEXT } from './ui.js';

export const loginHtml = () => `<div class="login-page">
  <div class="panel panel-default login-box">
    <div class="panel-body">
      <div class="login-logo">Amt24 <small>AdminCenter</small></div>
      <h1>Anmeldung</h1>
      <div class="form-group"><label for="login-benutzer">Benutzername</label><input id="login-benutzer" class="form-control" autocomplete="username"></div>
      <div class="form-group"><label for="login-passwort">Passwort</label><input id="login-passwort" type="password" class="form-control" autocomplete="current-password"></div>
      <button type="button" class="btn btn-primary btn-block" data-action="login">Anmelden</button>
    </div>
  </div>
</div>`;

const NEWS = [
  ['18.02.2026', 'Wartungsfenster am Wochenende', 'Am Samstag zwischen 06:00 und 10:00 Uhr kann es zu kurzen Unterbrechungen des AdminCenters kommen.'],
  ['03.02.2026', 'Neue Schulungstermine', 'Der SID bietet wieder kostenfreie AdminCenter-Schulungen an. Anmeldung per E-Mail an servicedesk@sid.sachsen.de, Betreff "Amt24-AdminCenter-Schulung".'],
  ['12.01.2026', 'Online-Antragsassistenten', 'Neue Online-Antragsassistenten der KOMM24 stehen zur Aktivierung bereit. Bitte prüfen Sie die Prozessparameter Ihrer Prozesse.'],
];

export function news(el) {
  el.innerHTML = `${pageTitle('Neuigkeiten')}
  <div class="news-list">${NEWS.map(([d, t, x]) => `<div class="panel panel-default news-item"><div class="panel-heading"><h3 class="panel-title">${esc(t)}</h3><span class="news-date">${d}</span></div><div class="panel-body">${esc(x)}</div></div>`).join('')}</div>`;
}

export function placeholder(el, title) {
  el.innerHTML = `${pageTitle(title)}<p class="na-text">${esc(NA_TEXT)}</p>`;
}
