// Login page (shown whatever the hash while not logged in).
import { login } from '../../store.js';
import { h, textField, button } from '../ui.js';

export function renderLogin(root) {
  const user = textField('Benutzername', '', { name: 'username' });
  const pass = textField('Passwort', '', { name: 'password' });
  const box = h('div', { class: 'login-box' },
    h('div', { class: 'login-logo', 'aria-hidden': 'true' }, h('span', { class: 'logo-word' }, 'Amt24'), h('span', { class: 'logo-claim' }, 'zu Hause aufs Amt')),
    h('h1', {}, 'Anmeldung AdminCenter'), user, pass,
    button('Anmelden', { theme: 'primary', onClick: () => login() }));
  // Enter in a field logs in as well
  box.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); login(); } });
  root.replaceChildren(h('div', { class: 'login-page' }, box));
  // vaadin-password-field is not part of this build: the slotted native input of a text field hides the text
  // (the inputs exist once the fields are connected)
  pass.querySelector('input[slot=input]')?.setAttribute('type', 'password');
  user.querySelector('input[slot=input]')?.setAttribute('autocomplete', 'username');
}
