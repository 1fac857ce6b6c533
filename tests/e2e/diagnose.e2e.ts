// "Diagnose speichern" in real Chromium, both UI generations: two clicks in the side panel give a file that
// describes the AdminCenter page (labels, titles, headers, what the extension concluded) and holds none of the
// values on it: no typed entry, e-mail address, phone number or person from a list of users.
import { describe, it, expect } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { extension, resetStorage } from './harness';
import { UIS, openWithTask } from './start-task';
import { card } from './follow-guide';
import { practiceUrl } from '../../scripts/lib/browser.mjs';

/** The side panel (as a tab, following the AdminCenter tab): both clicks, and the file saved. */
async function saveDiagnose(admin: Page) {
  const ext = await extension();
  // The panel follows the AdminCenter tab once that page has been seen.
  await expect.poll(() => ext.worker.evaluate(async () => ((await (globalThis as any).chrome.storage.session.get('lastAdminCenterTab')).lastAdminCenterTab?.url ?? ''))).toBe(admin.url());
  const panel = await ext.context.newPage();
  await panel.goto(ext.extensionUrl('sidepanel.html'));
  await panel.getByRole('button', { name: 'Diagnose speichern' }).click();
  const summary = panel.getByText(/^Die Datei beschreibt /);
  // A page of 10,000 rows takes the reader about a second.
  await expect.poll(() => summary.count(), { timeout: 10_000 }).toBe(1);
  const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Datei speichern' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^admincenter-wegweiser-diagnose-\d{4}-\d\d-\d\d\.json$/);
  const text = await readFile(await download.path(), 'utf8');
  const told = await summary.textContent();
  await panel.close();
  return { text, file: JSON.parse(text), told: told ?? '' };
}

describe.each(UIS)('Diagnose, %s', (ui) => {
  it('of a form the admin filled in: labels and title kept, every entry replaced', async () => {
    const ext = await extension();
    await resetStorage(ext);
    const admin = await ext.context.newPage();
    await admin.goto(practiceUrl(ui, 'mandanten/6000101/datenschutzbeauftragter'));
    const typed = { Name: 'Dr. Petra Geheim', Anschrift: 'Geheimweg 7, 09599 Freiberg', 'E-Mail': 'petra.geheim@example.org', Telefon: '03731 987654' };
    for (const [label, value] of Object.entries(typed)) await admin.getByRole('textbox', { name: label }).fill(value);
    const { text, file, told } = await saveDiagnose(admin);

    for (const value of [...Object.values(typed), 'Geheim', '987654']) expect(text, value).not.toContain(value);
    for (const kept of ['Datenschutzbeauftragter verwalten', 'Speichern', 'Anschrift', 'Telefon']) expect(text, kept).toContain(kept);
    expect(file).toMatchObject({ format: 'admincenter-wegweiser-diagnose', conclusions: { generation: ui, view: 'mandant-datenschutz', tenantRecognised: true } });
    expect(file.snapshot.fields).toEqual(expect.arrayContaining([{ label: 'E-Mail', value: '<E-Mail>' }, { label: 'Telefon', value: '<Telefon>' }]));
    expect(file.snapshot.tenant).toBe('<Mandant>');
    expect(text).not.toContain('cookie');
    expect(file.url).not.toContain('?');
    expect(told).toMatch(/Ersetzt durch Platzhalter: .*E-Mail-Adresse/);
    await admin.close();
  });

  it('while a guide runs: the task, its step and what became of each way to its target', async () => {
    const admin = await openWithTask(ui, 'Impressum', 'mandanten/6000101');
    await expect.poll(() => admin.locator('[data-wegweiser-target]').count(), { timeout: 5000 }).toBe(1);
    const { file } = await saveDiagnose(admin);
    expect(file.conclusions).toMatchObject({ task: 'impressum', view: 'mandant-drawer', generation: ui });
    expect(file.conclusions.step).toBeTruthy();
    expect(file.conclusions.targets).toEqual(expect.arrayContaining([expect.objectContaining({ result: 'gefunden', target: expect.objectContaining({ name: 'Impressum' }) })]));
    await admin.close();
  });

  it('offered on the step card when the target is missing: two clicks there give the file', async () => {
    const admin = await openWithTask(ui, 'Datenschutzbeauftragte(r)', 'mandanten/6000101/datenschutzbeauftragter');
    await expect.poll(() => admin.locator('[data-wegweiser-target]').count(), { timeout: 5000 }).toBe(1);
    const offer = card(admin).getByRole('button', { name: 'Seite für den Support speichern' });
    expect(await offer.count()).toBe(0);
    // The AdminCenter changed: its field "Name" is gone (with its caption).
    await admin.evaluate(() => {
      const target = document.querySelector('[data-wegweiser-target]')!;
      (target.closest('vaadin-text-field, tr') ?? target).remove();
    });
    await expect.poll(() => card(admin).getByText(/^Ich finde „Name“ auf dieser Seite nicht\./).count()).toBe(1);
    await offer.click();
    const link = card(admin).getByRole('link', { name: 'Datei speichern' });
    await expect.poll(() => link.count(), { timeout: 10_000 }).toBe(1);
    expect(await card(admin).getByText(/^Die Datei beschreibt die Seite „mandant-datenschutz“ .* Senden Sie die Datei an den Support\.$/).count()).toBe(1);
    const [download] = await Promise.all([admin.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^admincenter-wegweiser-diagnose-\d{4}-\d\d-\d\d\.json$/);
    const file = JSON.parse(await readFile(await download.path(), 'utf8'));
    expect(file.conclusions).toMatchObject({ task: 'datenschutz', step: 'angaben', view: 'mandant-datenschutz' });
    expect(file.conclusions.targets).toEqual([{ target: { role: 'textbox', name: 'Name' }, result: 'nicht gefunden' }]);
    expect(file.snapshot.tenant).toBe('<Mandant>');
    await admin.close();
  });

  it('of a list of users: the headers kept, no user name or address in the file', async () => {
    const ext = await extension();
    await resetStorage(ext);
    const admin = await ext.context.newPage();
    await admin.goto(practiceUrl(ui, 'mandanten/6000101/benutzer'));
    await expect.poll(() => admin.getByText('m.mustermann@freiberg.de').count()).toBeGreaterThan(0);
    const { text, file } = await saveDiagnose(admin);

    for (const person of ['m.mustermann', 'Mustermann', 'Erika', 'e.beispiel', 'support.onlineantrag@kisa.it']) expect(text, person).not.toContain(person);
    const users = file.snapshot.tables.find((t: { headers: string[] }) => t.headers.includes('Benutzername'));
    expect(users.headers).toEqual(expect.arrayContaining(['Benutzername', 'E-Mail', 'Vorname', 'Nachname']));
    expect(users.rows.length).toBeGreaterThan(1);
    await admin.close();
  });
});

describe('Diagnose on odd pages', () => {
  it('never fails and stays under 1 MB: deep nesting, 10,000 rows, a closed shadow root, nodes removed meanwhile', async () => {
    const ext = await extension();
    await resetStorage(ext);
    const admin = await ext.context.newPage();
    await admin.goto(practiceUrl('aktuell', 'neuigkeiten'));
    await expect.poll(() => admin.getByRole('heading', { name: 'Neuigkeiten' }).count(), { timeout: 5000 }).toBeGreaterThan(0);
    await admin.evaluate(() => {
      const odd = document.createElement('section');
      let deep: HTMLElement = odd;
      for (let i = 0; i < 1000; i++) deep = deep.appendChild(document.createElement('div'));
      deep.textContent = 'ganz tief: petra.geheim@example.org';
      const table = document.createElement('table');
      table.innerHTML = '<tr><th>Name</th><th>E-Mail</th></tr>' + Array.from({ length: 10_000 }, (_, i) => `<tr><td>Person ${i}</td><td>person${i}@example.org</td></tr>`).join('');
      odd.append(table);
      const host = document.createElement('div');
      host.attachShadow({ mode: 'closed' }).innerHTML = '<button>Verborgen 0351 1234567</button>';
      odd.append(host);
      document.body.append(odd);
      // The page keeps changing: rows come and go while the admin asks for a Diagnose.
      let n = 0;
      setInterval(() => { table.rows[1 + (n++ % 9000)]?.remove(); table.insertRow().innerHTML = '<td>Neu</td><td>neu@example.org</td>'; }, 5);
    });
    const { text, file, told } = await saveDiagnose(admin);
    expect(text.length).toBeLessThan(1_000_000);
    expect(told).toMatch(/\(gekürzt\)/);
    expect(file.conclusions.generation).toBe('aktuell');
    for (const secret of ['petra.geheim@example.org', 'person1@example.org', '0351 1234567', 'neu@example.org']) expect(text, secret).not.toContain(secret);
    await admin.close();
  });
});
