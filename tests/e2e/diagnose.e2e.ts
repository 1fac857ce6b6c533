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

type Ext = Awaited<ReturnType<typeof extension>>;

/** The AdminCenter tab the side panel follows, as the background last saw it. */
const lastTab = (ext: Ext) => ext.worker.evaluate(async () =>
  (await (globalThis as any).chrome.storage.session.get('lastAdminCenterTab')).lastAdminCenterTab as { tabId: number; url: string } | undefined);

/** A fresh install with one practice page open. */
async function openFresh(ui: 'klassisch' | 'aktuell', route: string) {
  const ext = await extension();
  await resetStorage(ext);
  const admin = await ext.context.newPage();
  await admin.goto(practiceUrl(ui, route));
  return { ext, admin };
}

/** The side panel (as a tab, following the AdminCenter tab): both clicks, and the file saved. */
async function saveDiagnose(admin: Page) {
  const ext = await extension();
  // The panel follows the AdminCenter tab once that page has been seen.
  await expect.poll(async () => (await lastTab(ext))?.url).toBe(admin.url());
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
    const { ext, admin } = await openFresh(ui, 'mandanten/6000101/datenschutzbeauftragter');
    const typed = { Name: 'Dr. Petra Geheim', Anschrift: 'Geheimweg 7, 09599 Freiberg', 'E-Mail': 'petra.geheim@example.org', Telefon: '03731 987654' };
    for (const [label, value] of Object.entries(typed)) await admin.getByRole('textbox', { name: label }).fill(value);
    const { text, file, told } = await saveDiagnose(admin);

    for (const value of [...Object.values(typed), 'Geheim', '987654']) expect(text, value).not.toContain(value);
    // Every button label and every title the extension read on this page is in the file as it was.
    const raw = await ext.worker.evaluate(async (url) => {
      const chrome = (globalThis as any).chrome;
      const [tab] = await chrome.tabs.query({ url: url.replace(/#.*$/, '*') });
      // The Diagnose script injected as the side panel injects it, then asked for the raw capture.
      await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['/diagnose.js'] });
      const [answer] = await chrome.scripting.executeScript({ target: { tabId: tab.id }, func: () => (globalThis as any).wegweiserCapture() });
      return answer.result;
    }, admin.url());
    const labels: string[] = [...raw.snapshot.buttons.map((b: { label: string }) => b.label), ...raw.snapshot.headings];
    expect(labels).toContain('Speichern');
    expect(labels.some((l) => l.startsWith('Datenschutzbeauftragter verwalten'))).toBe(true);
    for (const label of labels.filter((l) => !l.includes('m.mustermann'))) expect(text, label).toContain(JSON.stringify(label));
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

  it('"Seite prüfen" in the side panel says what the extension recognises and which steps it finds here', async () => {
    const admin = await openWithTask(ui, 'Datenschutzbeauftragte(r)', 'mandanten/6000101/datenschutzbeauftragter');
    await expect.poll(() => admin.locator('[data-wegweiser-target]').count(), { timeout: 5000 }).toBe(1);
    const ext = await extension();
    const panel = await ext.context.newPage();
    await panel.goto(ext.extensionUrl('sidepanel.html'));
    await panel.getByRole('button', { name: 'Seite prüfen' }).click();
    const menu = ui === 'klassisch' ? 'Benutzerverwaltung' : 'Benutzer';
    await expect.poll(() => panel.getByText(`Ich erkenne: ${ui === 'klassisch' ? 'klassische' : 'aktuelle'} Oberfläche, Entwicklungsumgebung, Mandant Freiberg, Seite ${menu} → Mandanten → Ihren Mandanten → Datenschutzbeauftragter Ihres Mandanten.`, { exact: true }).count(), { timeout: 10_000 }).toBe(1);
    expect(await panel.getByText('Laufende Anleitung „Datenschutzbeauftragte(r)“ – auf dieser Seite zu finden:').count()).toBe(1);
    const steps = await panel.locator('.diagnose-seen li').allTextContents();
    expect(steps.map((step) => step.replace(/: (ja|nein)$/, ''))).toEqual(['Mandanten öffnen', 'Mandanten wählen', 'Datenschutzbeauftragter öffnen', 'Angaben eintragen', 'Speichern']);
    expect(steps).toEqual(expect.arrayContaining(['Angaben eintragen: ja', 'Speichern: ja']));
    await panel.close();
    await admin.close();
  });

  it('of a list of users: the headers kept, no user name or address in the file', async () => {
    const { admin } = await openFresh(ui, 'mandanten/6000101/benutzer');
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
    const { admin } = await openFresh('aktuell', 'neuigkeiten');
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

/** A small seeded random generator: the same odd pages on every run. */
function seeded(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
}

describe('Diagnose fuzz', () => {
  it('20 generated odd pages: every capture answers, the file stays under 1 MB and holds none of the planted values', async () => {
    const { ext, admin } = await openFresh('aktuell', 'neuigkeiten');
    await expect.poll(async () => (await lastTab(ext))?.tabId ?? 0).toBeGreaterThan(0);
    const tabId = (await lastTab(ext))!.tabId;
    const panel = await ext.context.newPage();
    await panel.goto(ext.extensionUrl('sidepanel.html'));
    const random = seeded(20261202);
    for (let round = 0; round < 20; round++) {
      const plan = { depth: Math.floor(random() * 400), rows: Math.floor(random() * 6000), hosts: Math.floor(random() * 30), closed: random() < 0.5, roles: Math.floor(random() * 50), seed: Math.floor(random() * 1e6) };
      await admin.evaluate(({ depth, rows, hosts, closed, roles, seed }) => {
        document.getElementById('fuzz')?.remove();
        const odd = Object.assign(document.createElement('section'), { id: 'fuzz' });
        let deep: HTMLElement = odd;
        for (let i = 0; i < depth; i++) deep = deep.appendChild(document.createElement(i % 3 ? 'div' : 'span'));
        deep.textContent = `tief ${seed}: geheim${seed}@example.org`;
        const table = document.createElement('table');
        table.innerHTML = '<tr><th>Benutzername</th><th>Telefon</th></tr>' + Array.from({ length: rows }, (_, i) => `<tr><td>nutzer.${seed}.${i}</td><td>0351 ${seed}${i}</td></tr>`).join('');
        odd.append(table);
        for (let i = 0; i < hosts; i++) {
          const host = odd.appendChild(document.createElement('x-fuzz'));
          host.attachShadow({ mode: closed ? 'closed' : 'open' }).innerHTML = `<div role="button" aria-label="Knopf ${i}"><slot></slot>DE89 3704 0044 0532 0130 ${String(i).padStart(2, '0')}</div>`;
          host.textContent = `+49 351 ${seed}${i}`;
        }
        for (let i = 0; i < roles; i++) {
          const el = odd.appendChild(document.createElement('div'));
          el.setAttribute('role', ['textbox', 'row', 'gridcell', 'dialog', 'menuitem', 'heading', 'bogus'][i % 7]);
          el.setAttribute('aria-hidden', String(i % 2 === 0));
          el.textContent = `wert${seed}-${i}`;
        }
        document.body.append(odd);
      }, plan);
      const reply = await panel.evaluate(async (tab) => {
        const chrome = (globalThis as any).chrome;
        return chrome.runtime.sendMessage({ type: 'diagnose/anonymise', tabId: tab });
      }, tabId);
      expect(reply.ok, `${JSON.stringify(plan)} ${reply.error}`).toBe(true);
      expect(reply.file.length, JSON.stringify(plan)).toBeLessThan(1_000_000);
      for (const planted of [`geheim${plan.seed}@example.org`, `nutzer.${plan.seed}.1`, `0351 ${plan.seed}`, `+49 351 ${plan.seed}`, 'DE89 3704']) {
        expect(reply.file, `${planted} in ${JSON.stringify(plan)}`).not.toContain(planted);
      }
    }
    await panel.close();
    await admin.close();
  });
});
