// Login, Neuigkeiten and the pages the practice environment does not reproduce.
import { label, panel, vlayout, textField, passwordField, button } from './vaadin.js';
import { pageTitle, NA_TEXT } from './ui.js';

/** Login view: a Panel with captioned fields in a VerticalLayout (captions in div.v-caption above the fields). */
export function loginView(onLogin) {
  const user = textField({ styles: ['ac-login-field'] });
  user.autocomplete = 'username';
  const pw = passwordField();
  pw.autocomplete = 'current-password';
  pw.addEventListener('keydown', (e) => { if (e.key === 'Enter') onLogin(); });
  const box = panel(null, vlayout([
    label('Amt24 AdminCenter', ['ac-login-logo']),
    label('Anmeldung', ['h1']),
    { w: user, caption: 'Benutzername' },
    { w: pw, caption: 'Passwort' },
    button('Anmelden', onLogin, { primary: true, styles: ['ac-login-button'] }),
  ], { margin: true }), ['ac-login-box']);
  return vlayout([{ w: box, align: 'middle-center' }], { styles: ['ac-login'] });
}

const NEWS = [
  ['18.02.2026', 'Wartungsfenster am Wochenende', 'Am Samstag zwischen 06:00 und 10:00 Uhr kann es zu kurzen Unterbrechungen des AdminCenters kommen.'],
  ['03.02.2026', 'Neue Schulungstermine', 'Der SID bietet wieder kostenfreie AdminCenter-Schulungen an. Anmeldung per E-Mail an servicedesk@sid.sachsen.de, Betreff "Amt24-AdminCenter-Schulung".'],
  ['12.01.2026', 'Online-Antragsassistenten', 'Neue Online-Antragsassistenten der KOMM24 stehen zur Aktivierung bereit. Bitte prüfen Sie die Prozessparameter Ihrer Prozesse.'],
];

export function news() {
  return vlayout([
    pageTitle('Neuigkeiten'),
    ...NEWS.map(([d, t, x]) => panel(t, vlayout([label(d, ['small', 'ac-news-date']), label(x)], { margin: true }), ['ac-news'])),
  ], { margin: true, styles: ['ac-pagebody'] });
}

export function placeholder(title) {
  return vlayout([pageTitle(title), label(NA_TEXT, ['ac-na'])], { margin: true, styles: ['ac-pagebody'] });
}
