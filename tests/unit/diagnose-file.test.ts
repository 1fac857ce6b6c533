// A Diagnose file keeps what support needs to see (labels, titles, headers, record names) and nothing a person
// typed or a list shows about people.
import { describe, it, expect } from 'vitest';
import { anonymise, diagnoseFileName, diagnoseSummary } from '../../shared/diagnose-file';
import type { RawCapture } from '../../shared/diagnose-types';

const SECRETS = ['support.onlineantrag', 'petra.geheim@example.org', '03731 987654', '+49 351 1234567', 'DE89 3704 0044 0532 0130 00', 'Dr. Petra Geheim', 'Geheimweg 7',
  'm.mustermann', 'Mustermann', 'Erika', 'foto-privat.png', 'Freiberg'];

function capture(): RawCapture {
  return {
    url: 'https://admincenter.amt24dev.sachsen.de/admincenter/#!mandanten/6000101/datenschutzbeauftragter',
    conclusions: { generation: 'aktuell', dev: true, tenantRecognised: true, view: 'mandant-datenschutz', task: 'datenschutz', step: 'fill', targets: [{ target: { role: 'textbox', name: 'Name' }, result: 'gefunden' }], steps: [{ title: 'Angaben eintragen', found: true }] },
    snapshot: {
      generation: 'aktuell', devBanner: true, loginForm: false, tenant: 'Freiberg',
      headings: ['Datenschutzbeauftragter verwalten', 'Rückfragen an petra.geheim@example.org'],
      dialogs: [], tabs: [{ label: 'Stammdaten', selected: true }],
      buttons: [{ label: 'Speichern', disabled: false }, { label: 'Abbrechen', disabled: false }],
      tables: [
        { headers: ['Leika Schlüssel', 'Name'], rows: [['Bürgerbüro', '99089001005000']] },
        { headers: ['Benutzername', 'E-Mail', 'Vorname', 'Nachname'], rows: [['m.mustermann', 'm.mustermann@freiberg.de', 'Erika', 'Mustermann']] },
        { headers: ['Kanal', 'Kennung'], rows: [['Telefon', '+49 351 1234567'], ['Konto', 'DE89 3704 0044 0532 0130 00']] },
      ],
      fields: [{ label: 'Name', value: 'Dr. Petra Geheim' }, { label: 'Anschrift', value: 'Geheimweg 7' }, { label: 'Telefon', value: '03731 987654' }, { label: 'Fax', value: '' }],
      notices: ['Gespeichert. Rückruf unter 03731 987654.'], version: '1.0', files: ['foto-privat.png'], hash: '#!mandanten/6000101/datenschutzbeauftragter',
    },
    outline: [
      { depth: 0, tag: 'h2', role: 'heading', name: 'Datenschutzbeauftragter verwalten', text: 'Datenschutzbeauftragter verwalten' },
      { depth: 1, tag: 'vaadin-text-field', role: 'textbox', name: 'Name', value: 'Dr. Petra Geheim', part: 'field' },
      { depth: 2, tag: 'vaadin-select-item', text: 'Dr. Petra Geheim', part: 'field' },
      { depth: 1, tag: 'tr', role: 'row', name: 'm.mustermann m.mustermann@freiberg.de Erika Mustermann', part: 'row', people: true },
      { depth: 2, tag: 'td', role: 'gridcell', name: 'm.mustermann', text: 'm.mustermann', part: 'first', people: true },
      { depth: 2, tag: 'td', role: 'gridcell', name: 'Erika', part: 'cell', people: true },
      { depth: 2, tag: 'th', role: 'columnheader', name: 'Benutzername', part: 'header' },
      { depth: 2, tag: 'td', role: 'gridcell', name: 'Bürgerbüro', part: 'first' },
      { depth: 1, tag: 'p', text: 'Fragen an petra.geheim@example.org' },
      { depth: 1, tag: 'span', role: 'menuitem', name: 'support.onlineantrag', text: 'support.onlineantrag' },
      { depth: 1, tag: 'vaadin-button', role: 'button', name: 'Profilmenü (support.onlineantrag)' },
      { depth: 2, tag: 'td', role: 'gridcell', name: 'antrag.formular-url', part: 'first' },
      { depth: 1, tag: 'vaadin-button', role: 'button', name: 'Speichern', classes: 'primary' },
    ],
    outlineCut: false, viewport: { width: 1400, height: 900 }, screen: { width: 1920, height: 1080 },
  };
}

describe('anonymise', () => {
  const file = anonymise(capture(), { now: new Date('2026-12-02T10:00:00Z'), browser: 'Chromium 156', extension: '0.1.0' });
  const text = JSON.stringify(file);

  it('leaves no value, address, number, IBAN, file name or person in the file', () => {
    for (const secret of SECRETS) expect(text, secret).not.toContain(secret);
  });

  it('keeps labels, titles, headers, record names, IDs and LeiKa keys', () => {
    for (const kept of ['antrag.formular-url', 'Profilmenü (<Name>)', 'Datenschutzbeauftragter verwalten', 'Speichern', 'Abbrechen', 'Stammdaten', 'Benutzername', 'Kanal', 'Bürgerbüro', '6000101', '1.0', 'mandant-datenschutz'])
      expect(text, kept).toContain(kept);
    expect(file.snapshot.tables[0].rows[0]).toEqual(['Bürgerbüro', '<Wert>']);
    expect(file.snapshot.tables[1].rows[0]).toEqual(['<Name>', '<E-Mail>', '<Wert>', '<Wert>']);
    expect(file.snapshot.tables[2].rows).toEqual([['Telefon', '<Telefon>'], ['Konto', '<IBAN>']]);
    expect(file.snapshot.fields.at(-1)).toEqual({ label: 'Fax', value: '' });
  });

  it('counts what it replaced, and says so in German', () => {
    // the person in the list: once in the snapshot's table, twice in the outline (the cell's name and its text);
    // the signed-in user three times (the menu entry's name and text, the profile button)
    expect(file.replaced).toMatchObject({ Mandant: 1, Datei: 1, Name: 6, IBAN: 1 });
    expect(file.replaced['E-Mail']).toBeGreaterThanOrEqual(3);
    expect(diagnoseSummary(file)).toMatch(/^Die Datei beschreibt die Seite „mandant-datenschutz“ \(aktuelle Oberfläche\) mit 13 Elementen\. Ersetzt durch Platzhalter: .*1 Mandantenname.*1 Dateiname/);
  });

  it('is named by the day in Saxony', () => {
    expect(diagnoseFileName(new Date('2026-12-02T23:30:00Z'))).toBe('admincenter-wegweiser-diagnose-2026-12-03.json');
  });
});

describe('the background anonymises a capture from the step card', () => {
  it('injects the Diagnose into the sender tab, answers with the file and its summary; a malformed capture is refused and changes nothing', async () => {
    const { receiveMessage } = await import('../../background/background-handlers');
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    // (the fake browser has no manifest; the built extension's is tested in tests/e2e/diagnose.e2e.ts)
    fakeBrowser.runtime.getManifest = (() => ({ manifest_version: 3, name: 'AdminCenter-Wegweiser', version: '0.1.0' })) as typeof fakeBrowser.runtime.getManifest;
    // The page answers the injected Diagnose script with what it shows (the real injection: tests/e2e/diagnose.e2e.ts).
    let answer: unknown = capture();
    const injected: unknown[] = [];
    fakeBrowser.scripting.executeScript = (async (details: { target: unknown; files?: string[] }) => {
      injected.push(details);
      return details.files ? [] : [{ frameId: 0, result: answer }];
    }) as unknown as typeof fakeBrowser.scripting.executeScript;
    const reply = await receiveMessage({ type: 'diagnose/anonymise' }, 7);
    expect(injected).toMatchObject([{ target: { tabId: 7 }, files: ['/diagnose.js'] }, { target: { tabId: 7 } }]);
    expect(reply).toMatchObject({ ok: true, notice: expect.stringMatching(/^Die Datei beschreibt die Seite „mandant-datenschutz“/) });
    for (const secret of SECRETS) expect(reply.ok && reply.file, secret).not.toContain(secret);
    const before = JSON.stringify(await fakeBrowser.storage.local.get(null));
    answer = { url: 'x', outline: 'kein Array' };
    expect(await receiveMessage({ type: 'diagnose/anonymise' }, 7)).toMatchObject({ ok: false, error: expect.stringMatching(/^Die Beschreibung der Seite ließ sich nicht lesen/) });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).toBe(before);
  });
});
