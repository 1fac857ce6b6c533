// Login page (shown whatever the hash while not logged in).
import { login } from '../../store.js';

export function renderLogin(root) {
  root.innerHTML = `<div class="login-page"><form class="login-box" aria-labelledby="login-title" novalidate>
    <div class="login-logo"><svg viewBox="0 0 110 44" width="130" height="52" aria-hidden="true"><text x="2" y="25" font-family="Segoe UI, Arial, sans-serif" font-size="26" font-weight="600" fill="#1d2733">Amt24</text><text x="4" y="39" font-style="italic" font-size="10" fill="#1d2733">zu Hause aufs Amt</text></svg></div>
    <h1 id="login-title">Anmeldung AdminCenter</h1>
    <div class="fld"><label for="login-user">Benutzername</label><input class="inp" id="login-user" name="username" autocomplete="username"></div>
    <div class="fld"><label for="login-pass">Passwort</label><input class="inp" id="login-pass" name="password" type="password" autocomplete="current-password"></div>
    <button type="button" class="btn primary" id="login-btn">Anmelden</button></form></div>`;
  const form = root.querySelector('form');
  // Enter in a field logs in as well, without a native submit
  form.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); login(); } });
  root.querySelector('#login-btn').addEventListener('click', () => login());
}
