import { describe, it, expect } from 'vitest';
import { render, screen, fireEvent, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../entrypoints/sidepanel/App';
import { handleMessage } from '../../background/background-handlers';
import { connectBackground } from './fakes';
import { guidesItem, lastAdminCenterTabItem, progressItem } from '../../shared/storage';
import { emptyProgress, mergeFacts, type TenantProgress } from '../../rules/checklist';

const DEV = 'https://admincenter.amt24dev.sachsen.de';
const LIVE = 'https://admincenter.amt24.sachsen.de';
// Midday UTC: the date is the same in every time zone the tests run in.
const SEEN_AT = Date.UTC(2026, 10, 23, 11, 3);

function freiberg(): TenantProgress {
  const base = emptyProgress(DEV, 'Freiberg', 'dev', SEEN_AT);
  return mergeFacts(base, [
    { kind: 'impressum', name: '', seen: { saved: true } },
    { kind: 'oe', name: 'Standesamt', seen: { version: 'Version 2.0', email: 'standesamt@freiberg.de', telefon: '03731 2730' } },
    { kind: 'oe', name: 'Bürgerbüro', seen: { version: '0.1', email: null, telefon: '03731 2731' } },
  ], SEEN_AT);
}

/** The AdminCenter tab the panel follows. */
let tabId = 0;

async function seed(tenants: TenantProgress[], shownKey?: string) {
  await progressItem.setValue(Object.fromEntries(tenants.map((p) => [p.key, p])));
  tabId = (await fakeBrowser.tabs.create({ url: `${DEV}/admincenter/#!/neuigkeiten` })).id!;
  await lastAdminCenterTabItem.setValue({ tabId, origin: DEV, url: `${DEV}/admincenter/#!/neuigkeiten`, generation: 'klassisch', seenAt: SEEN_AT, tenantKey: shownKey });
}

const checklist = () => screen.getByRole('region', { name: /Freiberg|Chemnitz|img/ });
const itemOf = (title: string) => screen.getByRole('checkbox', { name: title }).closest('li')!;
/** Opens an item's "Mehr": its start button, "Nicht zutreffend" and the note field are behind it. */
const openItem = (title: string) => fireEvent.click(screen.getByRole('button', { name: `Mehr zu ${title}`, expanded: false }));

describe('side panel: the checklist of the current tenant', () => {
  it('shows the tenant of the last AdminCenter tab with badge, progress and grouped items', async () => {
    const p = freiberg();
    await seed([p], p.key);
    render(<App />);
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Freiberg' })).toBeTruthy());
    expect(within(checklist()).getByText('Entwicklungsumgebung')).toBeTruthy();
    expect(screen.getByText('2 von 6 erledigt')).toBeTruthy();
    expect(screen.getByRole('progressbar').getAttribute('value')).toBe('2');

    const group = (name: string) => screen.getByRole('region', { name });
    const titles = (name: string) => within(group(name)).getAllByRole('listitem').map((li) => li.querySelector('label')!.textContent);
    expect(titles('Mandant')).toEqual(['Impressum', 'Datenschutzbeauftragte(r)', 'Logo / Bild']);
    expect(titles('Organisationseinheiten')).toEqual(['Organisationseinheit: Bürgerbüro', 'Organisationseinheit: Standesamt']);
    expect(titles('Rechte')).toEqual(['Rechte für KISA']);
    expect(within(group('Kommunale Ergänzungen')).getByText(/Noch keine Kommunale Ergänzung gesehen/)).toBeTruthy();
    expect(within(group('Prozesse')).getByText(/Noch kein Prozess gesehen/)).toBeTruthy();

    const impressum = itemOf('Impressum');
    expect((within(impressum).getByRole('checkbox') as HTMLInputElement).checked).toBe(true);
    expect(within(impressum).getByText('von der Seite bestätigt')).toBeTruthy();
    expect(within(impressum).getByText(/^Gesehen am 23\.11\.2026, \d\d:03: gespeichert mit Inhalt$/)).toBeTruthy();
    expect(within(impressum).queryByRole('button', { name: /^Anleitung starten/ })).toBeNull();
    openItem('Impressum');
    expect(within(impressum).getByRole('button', { name: /^Anleitung starten/ })).toBeTruthy();

    const buero = itemOf('Organisationseinheit: Bürgerbüro');
    expect((within(buero).getByRole('checkbox') as HTMLInputElement).checked).toBe(false);
    expect(within(buero).getByText(/^Gesehen am 23\.11\.2026, \d\d:03: Version 0\.1, es fehlt E-Mail$/)).toBeTruthy();
    expect(within(itemOf('Datenschutzbeauftragte(r)')).getByText('Auf der Seite noch nicht gesehen.')).toBeTruthy();
  });

  it('records a ticked checkbox as the admin\'s own decision and updates live', async () => {
    connectBackground(handleMessage);
    const p = freiberg();
    await seed([p], p.key);
    render(<App />);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Datenschutzbeauftragte(r)' }));
    await waitFor(() => expect(within(itemOf('Datenschutzbeauftragte(r)')).getByText(/^von Ihnen abgehakt am \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/)).toBeTruthy());
    expect((screen.getByRole('checkbox', { name: 'Datenschutzbeauftragte(r)' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('3 von 6 erledigt')).toBeTruthy();
    const stored = (await progressItem.getValue())[p.key].items.datenschutz;
    expect(stored).toMatchObject({ status: 'erledigt', decidedBy: 'admin' });

    fireEvent.click(screen.getByRole('checkbox', { name: 'Datenschutzbeauftragte(r)' }));
    await waitFor(() => expect(screen.getByText('2 von 6 erledigt')).toBeTruthy());
    expect((await progressItem.getValue())[p.key].items.datenschutz).toMatchObject({ status: 'offen', decidedBy: 'admin' });
  });

  it('marks an item "nicht zutreffend", saves a note and starts the item\'s guide', async () => {
    connectBackground(handleMessage);
    const p = freiberg();
    await seed([p], p.key);
    render(<App />);
    await screen.findByRole('heading', { name: 'Freiberg' });
    openItem('Logo / Bild');
    fireEvent.click(screen.getByRole('button', { name: 'Nicht zutreffend: Logo / Bild' }));
    await waitFor(() => expect(within(itemOf('Logo / Bild')).getByText(/^von Ihnen als nicht zutreffend markiert am \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/)).toBeTruthy());
    expect((screen.getByRole('checkbox', { name: 'Logo / Bild' }) as HTMLInputElement).checked).toBe(true);

    const note = screen.getByRole('textbox', { name: 'Notiz zu Logo / Bild' });
    fireEvent.input(note, { target: { value: 'Wappen kommt vom Hauptamt' } });
    fireEvent.change(note);
    await waitFor(async () => expect((await progressItem.getValue())[p.key].items.bild.note).toBe('Wappen kommt vom Hauptamt'));

    openItem('Organisationseinheit: Bürgerbüro');
    fireEvent.click(within(itemOf('Organisationseinheit: Bürgerbüro')).getByRole('button', { name: /^Anleitung starten/ }));
    await waitFor(async () => expect((await guidesItem.getValue())[tabId]?.taskId).toBe('organisationseinheit'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Laufende Anleitung'));
  });

  it('shows the guide of the tab it follows only, and ends that one', async () => {
    connectBackground(handleMessage);
    const p = freiberg();
    await seed([p], p.key);
    const other = tabId + 1;
    await guidesItem.setValue({ [other]: { taskId: 'bild', step: 1, ctx: {} } });
    render(<App />);
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Freiberg' })).toBeTruthy());
    expect(screen.queryByText(/Laufende Anleitung/)).toBeNull();
    await guidesItem.setValue({ [other]: { taskId: 'bild', step: 1, ctx: {} }, [tabId]: { taskId: 'impressum', step: 1, ctx: {} } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Laufende Anleitung: Impressum – Schritt 2 von \d+\./));
    fireEvent.click(screen.getByRole('button', { name: 'Anleitung beenden' }));
    await waitFor(() => expect(screen.queryByText(/Laufende Anleitung/)).toBeNull());
    expect(await guidesItem.getValue()).toEqual({ [other]: { taskId: 'bild', step: 1, ctx: {} } });
  });

  it('says plainly that an AdminCenter tab is needed to start a guide, and stores nothing', async () => {
    connectBackground(handleMessage);
    render(<App />);
    await waitFor(() => expect(screen.getByText(/nicht zu erkennen, solange kein AdminCenter-Tab/)).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Anleitung starten: Impressum' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Öffnen Sie zuerst das AdminCenter in einem Tab.'));
    expect(await guidesItem.getValue()).toEqual({});
  });

  it('drops that notice once an AdminCenter tab is open, and a guide starts there', async () => {
    connectBackground(handleMessage);
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Anleitung starten: Impressum' }));
    await screen.findByText('Öffnen Sie zuerst das AdminCenter in einem Tab.');
    await seed([]);
    await waitFor(() => expect(screen.queryByText('Öffnen Sie zuerst das AdminCenter in einem Tab.')).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Anleitung starten: Impressum' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Laufende Anleitung: Impressum'));
  });

  it('shows another stored tenant chosen in the switcher', async () => {
    const p = freiberg();
    const chemnitz = emptyProgress(LIVE, 'Chemnitz', 'live', SEEN_AT);
    await seed([p, chemnitz], p.key);
    render(<App />);
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Freiberg' })).toBeTruthy());
    const switcher = screen.getByRole('combobox', { name: 'Mandant anzeigen' });
    expect(within(switcher).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Chemnitz (admincenter.amt24.sachsen.de, Live)',
      'Freiberg (admincenter.amt24dev.sachsen.de, Entwicklungsumgebung)',
    ]);
    fireEvent.change(switcher, { target: { value: chemnitz.key } });
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Chemnitz' })).toBeTruthy());
    expect(within(checklist()).getByText('Live')).toBeTruthy();
    expect(screen.getByText('0 von 4 erledigt')).toBeTruthy();
  });

  it('shows a tenant name containing HTML as text', async () => {
    const evil = emptyProgress(DEV, '<img src=x onerror=alert(1)>', 'dev', SEEN_AT);
    await seed([evil], evil.key);
    const { container } = render(<App />);
    await waitFor(() => expect(screen.getByRole('heading', { name: '<img src=x onerror=alert(1)>' })).toBeTruthy());
    expect(container.querySelector('img[src="x"]')).toBeNull();
    expect(screen.getByRole('option', { name: /^<img src=x onerror=alert\(1\)> \(/ })).toBeTruthy();
  });

  it('says plainly when the tenant cannot be read, and offers the known tenants', async () => {
    const p = freiberg();
    await seed([p]);
    render(<App />);
    await waitFor(() => expect(screen.getByText(/Der Mandant ist auf dieser Seite nicht zu erkennen/)).toBeTruthy());
    expect(screen.queryByRole('checkbox')).toBeNull();
    fireEvent.change(screen.getByRole('combobox', { name: 'Mandant anzeigen' }), { target: { value: p.key } });
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Freiberg' })).toBeTruthy());
  });

  it('keeps all guides and the contacts below', async () => {
    render(<App />);
    await waitFor(() => expect(screen.getByText(/nicht zu erkennen, solange kein AdminCenter-Tab/)).toBeTruthy());
    expect(screen.getByRole('button', { name: 'Anleitung starten: Impressum' })).toBeTruthy();
    const help = screen.getByRole('region', { name: 'Hilfe und Kontakt' });
    for (const text of ['0351 86652 285', 'Support.onlineantrag@kisa.it', '+49 351 79997-100']) expect(within(help).getByText(text)).toBeTruthy();
    expect(within(help).getByText(/Amt24-AdminCenter-Schulung/)).toBeTruthy();
    expect(within(help).getAllByRole('link', { name: 'servicedesk@sid.sachsen.de' })[1].getAttribute('href'))
      .toBe('mailto:servicedesk@sid.sachsen.de?subject=Amt24-AdminCenter-Schulung');
  });
});

describe('side panel: naming the Mandant by hand', () => {
  it('keeps the checklist under the name the admin gives when the page shows none', async () => {
    connectBackground(handleMessage);
    await lastAdminCenterTabItem.setValue({ tabId: 7, origin: 'https://admincenter.amt24dev.sachsen.de', url: 'https://admincenter.amt24dev.sachsen.de/admincenter/', generation: 'aktuell', seenAt: 1 });
    render(<App />);
    const field = await screen.findByLabelText('Ihr Mandant');
    fireEvent.click(screen.getByRole('button', { name: 'Mandanten übernehmen' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Bitte geben Sie den Namen Ihres Mandanten ein, z. B. Freiberg.'));
    expect(await progressItem.getValue()).toEqual({});
    fireEvent.input(field, { target: { value: '  Gemeinde   Musterdorf ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Mandanten übernehmen' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Gemeinde Musterdorf' })).toBeTruthy());
    expect(Object.keys(await progressItem.getValue())).toEqual(['https://admincenter.amt24dev.sachsen.de|Gemeinde Musterdorf']);
  });
});

describe('side panel: damaged stored data', () => {
  it('says that a damaged entry was set aside and still shows the other tenants', async () => {
    const { progressSetAsideItem } = await import('../../shared/storage');
    const good = emptyProgress(DEV, 'Freiberg', 'dev', SEEN_AT);
    await progressItem.setValue({ [good.key]: good });
    await progressSetAsideItem.setValue({ 'x|Kaputt': { items: 'nichts' } });
    await lastAdminCenterTabItem.setValue({ tabId: 1, origin: DEV, url: `${DEV}/admincenter/`, generation: 'aktuell', seenAt: 1, tenantKey: good.key });
    render(<App />);
    await waitFor(() => expect(screen.getAllByRole('status').some((s) => s.textContent?.includes('Ein gespeicherter Eintrag war beschädigt und wurde beiseitegelegt'))).toBe(true));
    expect(screen.getByRole('heading', { name: 'Freiberg' })).toBeTruthy();
  });
});
