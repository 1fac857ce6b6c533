// `npm run crx` for the IT: a wrong call says what is wrong, in German, and writes nothing (no key, no package).
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extensionIdOf, publicKeyPem } from '../../scripts/pack-crx.mjs';
import { CHROME_EXTENSION_ID, CHROME_PUBLIC_KEY } from '../../shared/extension-ids';

function packCrx(args: string[]) {
  const work = mkdtempSync(join(tmpdir(), 'wegweiser-crx-test-'));
  const build = join(work, 'build');
  writeFileSync(join(work, 'not-a-key.pem'), 'kein Schlüssel');
  // A stand-in build: these calls must stop before packing anything.
  mkdirSync(build);
  writeFileSync(join(build, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'x', version: '1.0.0' }));
  const run = spawnSync('node', ['scripts/pack-crx.mjs', ...args.map((a) => a.replace('WORK', work)), '--out', join(work, 'out')], { encoding: 'utf8' });
  return { ...run, written: readdirSync(work).sort() };
}

describe('npm run crx: wrong calls', () => {
  const HTTPS = 'https://intranet.kommune.example/wegweiser/';
  it.each([
    ['without key and address: says how to call it', [], 'Aufruf: npm run crx -- --key SCHLÜSSEL.pem --url https://'],
    ['an unencrypted address: refused before a key is made', ['--key', 'WORK/neu.pem', '--url', 'http://intranet.kommune.example/wegweiser/', '--build', 'WORK/build'],
      'Bitte eine https://-Adresse angeben, nicht „http://intranet.kommune.example/wegweiser/“'],
    ['no build yet: says to build first', ['--key', 'WORK/neu.pem', '--url', HTTPS, '--build', 'WORK/fehlt'], 'Führen Sie zuerst „npm run build“ aus.'],
    ['a file that is no key: named, nothing packed', ['--key', 'WORK/not-a-key.pem', '--url', HTTPS, '--build', 'WORK/build'],
      'not-a-key.pem ist kein privater Schlüssel im PEM-Format.'],
  ])('%s', (_, args, says) => {
    const run = packCrx(args);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(says);
    // No key made, no package, no updates.xml.
    expect(run.written).toEqual(['build', 'not-a-key.pem']);
  });
});

describe('extension id of a key', () => {
  it('is the one Chrome derives: the development key in the manifest gives CHROME_EXTENSION_ID', () => {
    expect(extensionIdOf(publicKeyPem(CHROME_PUBLIC_KEY))).toBe(CHROME_EXTENSION_ID);
  });
});

// (the real package, signed and installed by policy from a web server: tests/e2e/force-install.e2e.ts)
