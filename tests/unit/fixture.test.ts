// `npm run fixture -- <file>`: a Diagnose file becomes a page fixture; anything else gets a German message and
// writes nothing.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureFromDiagnose } from '../../scripts/lib/fixture.mjs';

const snapshot = { generation: 'aktuell', devBanner: true, loginForm: false, tenant: '<Mandant>', headings: ['Mandanten'], dialogs: [], tabs: [], buttons: [], tables: [], fields: [], notices: [], version: null, hash: '#!mandanten' };
const diagnose = (conclusions: object) => JSON.stringify({ format: 'admincenter-wegweiser-diagnose', version: 1, created: '2026-12-02T10:00:00.000Z', extension: '0.1.0', browser: 'Chromium', url: 'https://x/admincenter/', conclusions, snapshot, outline: [] });

function run(...args: string[]) {
  return spawnSync(process.execPath, ['scripts/fixture.mjs', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('fixtureFromDiagnose', () => {
  it('takes the view the extension recognised, or the one the maintainer names', () => {
    expect(fixtureFromDiagnose(diagnose({ view: 'mandanten-list' }))).toMatchObject({ name: 'mandanten-list.aktuell.2026-12-02', fixture: { view: 'mandanten-list', generation: 'aktuell', snapshot } });
    expect(fixtureFromDiagnose(diagnose({ view: null }), 'keine').fixture.view).toBe('keine');
  });
  it('refuses what is not a Diagnose, in German', () => {
    expect(() => fixtureFromDiagnose('{')).toThrow('Die Datei ist kein JSON');
    expect(() => fixtureFromDiagnose('{"format":"admincenter-wegweiser-sicherung"}')).toThrow('keine Diagnose');
    expect(() => fixtureFromDiagnose(diagnose({ view: null }))).toThrow('--view');
    expect(() => fixtureFromDiagnose(diagnose({}), 'Mandanten Liste')).toThrow('keine Seiten-ID');
  });
});

describe('npm run fixture', () => {
  it('writes the fixture where it is told, a second one beside the first', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wegweiser-fixture-'));
    const file = join(dir, 'diagnose.json');
    writeFileSync(file, diagnose({ view: 'mandanten-list' }));
    const out = join(dir, 'pages');
    expect(run(file, '--out', out).stdout).toMatch(/^Gespeichert: .*mandanten-list\.aktuell\.2026-12-02\.json \(erwartete Seite: mandanten-list, aktuell\)/);
    expect(run(file, '--out', out, '--view', 'keine').status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['keine.aktuell.2026-12-02.json', 'mandanten-list.aktuell.2026-12-02.json']);
    run(file, '--out', out);
    expect(readdirSync(out)).toContain('mandanten-list.aktuell.2026-12-02-2.json');
    expect(JSON.parse(readFileSync(join(out, 'mandanten-list.aktuell.2026-12-02.json'), 'utf8')).snapshot).toEqual(snapshot);
  });
  it('says what is wrong and writes nothing for a bad file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wegweiser-fixture-'));
    const file = join(dir, 'kaputt.json');
    writeFileSync(file, 'kein json');
    const result = run(file, '--out', join(dir, 'pages'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Die Datei ist kein JSON');
    expect(readdirSync(dir)).toEqual(['kaputt.json']);
    expect(run(join(dir, 'fehlt.json')).stderr).toContain('Datei nicht gefunden');
  });
});
