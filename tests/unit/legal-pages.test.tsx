// The Datenschutz page and the accessibility statement, as the admin reads and uses them, and the links to both.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, it, expect, vi } from 'vitest';
import { render, screen, fireEvent, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App as Datenschutz } from '../../entrypoints/datenschutz/App';
import { App as Barrierefreiheit } from '../../entrypoints/barrierefreiheit/App';
import { App as Options } from '../../entrypoints/options/App';
import { App as Popup } from '../../entrypoints/popup/App';
import { handleMessage } from '../../background/background-handlers';
import { connectBackground } from './fakes';
import { guidesItem, lastAdminCenterTabItem, progressItem } from '../../shared/storage';
import { emptyProgress } from '../../rules/checklist';

const DEV = 'https://admincenter.amt24dev.sachsen.de';
const text = () => document.body.textContent!.replace(/\s+/g, ' ');

/** Each stored item (shared/storage.ts) and the words the Datenschutz page names it with. */
const DESCRIBED: Record<string, string> = {
  'local:progress': 'die Checkliste je Mandant',
  'local:progressSetAside': 'beiseitegelegte Checklisten',
  'local:namedTenants': 'Mandanten, die Sie selbst benannt haben',
  'local:extraHosts': 'die AdminCenter-Adressen, die Sie hinzugefügt haben',
  'session:guides': 'die laufende Anleitung je Tab',
  'session:lastGuides': 'je Tab die zuletzt beendete',
  'session:lastAdminCenterTab': 'der zuletzt benutzte AdminCenter-Tab',
};

async function storeSomething() {
  const freiberg = emptyProgress(DEV, 'Freiberg', 'dev', 1);
  await progressItem.setValue({ [freiberg.key]: freiberg });
  await guidesItem.setValue({ 3: { taskId: 'impressum', step: 1, ctx: {} } });
  await lastAdminCenterTabItem.setValue({ tabId: 3, origin: DEV, url: `${DEV}/admincenter/`, generation: 'aktuell', seenAt: 1 });
}

const stored = async () => ({ ...(await fakeBrowser.storage.local.get(null)), ...(await fakeBrowser.storage.session.get(null)) });

describe('Datenschutz page', () => {
  it('names every item the extension stores (a new stored item needs its line here and on the page)', () => {
    const keys = [...readFileSync('shared/storage.ts', 'utf8').matchAll(/defineItem<.*?>\('([^']+)'/g)].map((m) => m[1]);
    expect(keys.sort()).toEqual(Object.keys(DESCRIBED).sort());
    render(<Datenschutz />);
    for (const words of Object.values(DESCRIBED)) expect(text()).toContain(words);
  });

  it('says that nothing leaves the browser, and what the files are that the admin saves', () => {
    render(<Datenschutz />);
    expect(text()).toContain('Er übermittelt nichts, an niemanden');
    expect(text()).toContain('keine Telemetrie');
    expect(text()).toMatch(/Diagnose .*durch Platzhalter ersetzt/);
    expect(text()).toContain('Wenn Sie die Erweiterung aus dem Browser entfernen, löscht der Browser alles, was sie gespeichert hat.');
  });

  it('asks before it deletes; "Abbrechen" keeps everything', async () => {
    connectBackground(handleMessage);
    await storeSomething();
    const before = await stored();
    render(<Datenschutz />);
    fireEvent.click(screen.getByRole('button', { name: 'Alle gespeicherten Daten löschen' }));
    const question = screen.getByRole('group', { name: /^Wirklich alles löschen\?/ });
    const confirm = within(question).getByRole('button', { name: 'Ja, alles löschen' });
    await waitFor(() => expect(document.activeElement).toBe(confirm));
    expect(await stored()).toEqual(before);
    fireEvent.click(within(question).getByRole('button', { name: 'Abbrechen' }));
    expect(screen.queryByRole('group')).toBeNull();
    // The focus returns to where the admin started.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Alle gespeicherten Daten löschen' })));
    expect(await stored()).toEqual(before);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('deletes everything once confirmed, and says so', async () => {
    connectBackground(handleMessage);
    await storeSomething();
    render(<Datenschutz />);
    fireEvent.click(screen.getByRole('button', { name: 'Alle gespeicherten Daten löschen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, alles löschen' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Alle gespeicherten Daten des Wegweisers in diesem Browser sind gelöscht.'));
    expect(await stored()).toEqual({});
    expect(screen.queryByRole('group')).toBeNull();
  });
});

describe('Erklärung zur Barrierefreiheit', () => {
  it('has the parts a BITV 2.0 statement has, in order', () => {
    render(<Barrierefreiheit />);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Stand der Vereinbarkeit mit den Anforderungen', 'Nicht barrierefreie Inhalte', 'Erstellung dieser Erklärung',
      'Feedback und Kontakt', 'Durchsetzungsverfahren',
    ]);
    expect(text()).toContain('teilweise vereinbar');
    expect(text()).toContain('hängt von dessen Barrierefreiheit ab');
    expect(text()).toContain('Selbstbewertung');
    expect(text()).toContain('Beauftragten der Sächsischen Staatsregierung für die Belange von Menschen mit Behinderungen');
  });

  it('invents no contact data: no address, phone number or e-mail, only who to turn to', () => {
    render(<Barrierefreiheit />);
    expect(document.querySelectorAll('a[href^="mailto:"], a[href^="tel:"]')).toHaveLength(0);
    expect(text()).not.toMatch(/@|\d{3,}[ /-]?\d{3,}|\d{5} [A-ZÄÖÜ]/);
    expect(text()).toContain('in der Regel Ihre IT');
  });
});

describe('links to both pages', () => {
  beforeEach(() => {
    vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue({ id: 1 } as never);
  });
  afterEach(() => vi.restoreAllMocks());

  it.each([['options page', Options], ['popup', Popup]])('%s: both open in a tab of their own', (_where, Page) => {
    render(<Page />);
    for (const [name, href] of [['Datenschutz', '/datenschutz.html'], ['Erklärung zur Barrierefreiheit', '/barrierefreiheit.html']]) {
      const link = screen.getByRole('link', { name });
      expect(link.getAttribute('href')).toBe(href);
      expect(link.getAttribute('target')).toBe('_blank');
    }
  });
});
