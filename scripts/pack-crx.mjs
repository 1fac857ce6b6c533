// For an IT department that installs the Wegweiser in Chrome or Edge by policy from its own web server: packs the
// built extension into a signed .crx with the IT's key (made on first use), writes the updates.xml the policy's
// update_url names, and prints the extension id and the policy to set.
//   npm run crx -- --key /sicher/wegweiser.pem --url https://intranet.kommune.example/wegweiser/
import { execFileSync } from 'node:child_process';
import { createPublicKey, createHash, generateKeyPairSync } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { findChromium, INSTALL_HINT } from './lib/chromium.mjs';

const USAGE = 'Aufruf: npm run crx -- --key SCHLÜSSEL.pem --url https://ihr-server.example/wegweiser/ [--out ORDNER]';

function fail(message) {
  console.error(message);
  process.exit(1);
}

/**
 * The Chrome/Edge id of a package signed with the key `pem` (private, or its public half): the first 16 bytes of
 * its public key's SHA-256, as a–p.
 */
export function extensionIdOf(pem) {
  const der = createPublicKey(pem).export({ type: 'spki', format: 'der' });
  return [...createHash('sha256').update(der).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** A manifest's `key` (base64 of the public key's DER) as the PEM that extensionIdOf takes. */
export function publicKeyPem(base64) {
  return `-----BEGIN PUBLIC KEY-----\n${base64.match(/.{1,64}/g).join('\n')}\n-----END PUBLIC KEY-----\n`;
}

const escapeXml = (text) => text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

function main() {
  let values;
  try {
    ({ values } = parseArgs({ options: { key: { type: 'string' }, url: { type: 'string' }, out: { type: 'string' }, build: { type: 'string' } } }));
  } catch (e) {
    fail(`${e.message}\n${USAGE}`);
  }
  if (!values.key || !values.url) fail(USAGE);
  let base;
  try {
    base = new URL(values.url.endsWith('/') ? values.url : `${values.url}/`);
  } catch {
    fail(`„${values.url}“ ist keine Adresse.\n${USAGE}`);
  }
  // Only a test serves from this machine itself; every other address carries the package encrypted.
  if (base.protocol !== 'https:' && base.hostname !== '127.0.0.1') fail(`Bitte eine https://-Adresse angeben, nicht „${base.href}“: Das Paket soll nur verschlüsselt übertragen werden.`);
  const build = resolve(values.build ?? '.output/chrome-mv3');
  if (!existsSync(join(build, 'manifest.json'))) fail(`Kein Build in ${build}: Führen Sie zuerst „npm run build“ aus.`);
  const chromium = findChromium();
  if (!chromium) fail(INSTALL_HINT);

  const keyPath = resolve(values.key);
  if (!existsSync(keyPath)) {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    mkdirSync(dirname(keyPath), { recursive: true });
    writeFileSync(keyPath, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    console.log(`Neuer Schlüssel: ${keyPath}. Bewahren Sie ihn sicher auf: Jede neue Version muss damit signiert werden, sonst ändert sich die Kennung.`);
  }
  const pem = readFileSync(keyPath, 'utf8');
  let id;
  try {
    id = extensionIdOf(pem);
  } catch {
    fail(`${keyPath} ist kein privater Schlüssel im PEM-Format.`);
  }

  // The package's signature decides the id: the manifest's development key is left out, so both agree.
  const work = mkdtempSync(join(tmpdir(), 'wegweiser-crx-'));
  const dir = join(work, 'admincenter-wegweiser');
  cpSync(build, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  delete manifest.key;
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  try {
    execFileSync(chromium, ['--headless', '--no-sandbox', '--disable-gpu', `--pack-extension=${dir}`, `--pack-extension-key=${keyPath}`], { stdio: 'pipe' });
  } catch (e) {
    fail(`Chromium konnte das Paket nicht packen: ${String(e.stderr ?? e.message).trim().slice(0, 500)}`);
  }
  if (!existsSync(`${dir}.crx`)) fail('Chromium hat kein Paket geschrieben.');

  const out = resolve(values.out ?? '.output/crx');
  mkdirSync(out, { recursive: true });
  const crxName = `admincenter-wegweiser-${manifest.version}.crx`;
  renameSync(`${dir}.crx`, join(out, crxName));
  chmodSync(join(out, crxName), 0o644); // the web server serving it must be able to read it
  rmSync(work, { recursive: true, force: true });
  const updateUrl = new URL('updates.xml', base).href;
  writeFileSync(join(out, 'updates.xml'), `<?xml version="1.0" encoding="UTF-8"?>
<gupdate xmlns="http://www.google.com/update2/response" protocol="2.0">
  <app appid="${id}">
    <updatecheck codebase="${escapeXml(new URL(crxName, base).href)}" version="${escapeXml(manifest.version)}" />
  </app>
</gupdate>
`);
  console.log(`Paket: ${join(out, crxName)}\nUpdate-Datei: ${join(out, 'updates.xml')}\nKennung: ${id}`);
  console.log(`Legen Sie beide Dateien unter ${base.href} ab und setzen Sie die Richtlinie ExtensionSettings:`);
  console.log(JSON.stringify({ [id]: { installation_mode: 'force_installed', update_url: updateUrl } }));
}

// Run as a script (also on Windows, whose paths are no file: URLs), not when a test imports extensionIdOf or publicKeyPem.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
