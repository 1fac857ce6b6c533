// The compact side panel checklist, state by state: the next step on top with the one start button,
// one short line per item, actions and note behind "Mehr", groups folded with their count.
import { beforeEach, describe, it, expect, vi } from 'vitest';
import { render, screen, fireEvent, waitFor, within } from '@testing-library/preact';
import { Checklist } from '../../components/Checklist';
import { TenantSwitcher } from '../../components/TenantSwitcher';
import { App } from '../../entrypoints/sidepanel/App';
import { handleMessage } from '../../background/background-handlers';
import { connectBackground } from './fakes';
import { lastAdminCenterTabItem, progressItem } from '../../shared/storage';
import { decide, emptyProgress, mergeFacts, type TenantProgress } from '../../rules/checklist';

const DEV = 'https://admincenter.amt24dev.sachsen.de';
const LIVE = 'https://admincenter.amt24.sachsen.de';
// Midday UTC: the date is the same in every time zone the tests run in.
const NOW = Date.UTC(2026, 10, 23, 11, 3);
/** The side panel starts a task for the tab it follows (entrypoints/sidepanel/App.tsx); here: which task. */
const start = vi.fn();
beforeEach(() => start.mockReset());
const STANDESAMT = 'Standesamt (Sachgebiet Personenstandswesen und Friedhofsverwaltung)';

const open = () => emptyProgress(DEV, 'Freiberg', 'dev', NOW);
/** Freiberg half way: the Mandant's items done, one of two OEs published with both channels. */
function partly(): TenantProgress {
  const seen = mergeFacts(open(), [
    { kind: 'impressum', name: '', seen: { saved: true } },
    { kind: 'datenschutz', name: '', seen: { saved: true } },
    { kind: 'oe', name: STANDESAMT, seen: { version: 'Version 2.0', email: 'standesamt@freiberg.de', telefon: '03731 2730' } },
    { kind: 'oe', name: 'Bürgerbüro', seen: { version: '0.1', email: null, telefon: '03731 2731' } },
  ], NOW);
  return decide(seen, 'bild', { status: 'nicht zutreffend' }, NOW);
}
/** Everything done: by the page, by hand and "nicht zutreffend". */
function allDone(): TenantProgress {
  let p = partly();
  p = mergeFacts(p, [{ kind: 'oe', name: 'Bürgerbüro', seen: { version: '1.0', email: 'buergerbuero@freiberg.de' } }], NOW);
  return decide(p, 'rechte', { status: 'erledigt' }, NOW);
}

const group = (name: string) => screen.getByRole('region', { name });
const details = (name: string) => group(name).querySelector('details')!;
const summaryText = (name: string) => details(name).querySelector('summary')!.textContent;
const itemOf = (title: string) => screen.getByRole('checkbox', { name: title }).closest('li')!;
const more = (title: string) => screen.getByRole('button', { name: `Mehr zu ${title}` });
const nextStep = () => screen.getByRole('region', { name: 'Nächster Schritt' });

describe('compact checklist: the next step on top', () => {
  it('no tenant: no checklist and no next step, only the guides with their start buttons', async () => {
    render(<App />);
    await waitFor(() => expect(screen.getByText(/nicht zu erkennen, solange kein AdminCenter-Tab/)).toBeTruthy());
    expect(screen.queryByRole('region', { name: 'Nächster Schritt' })).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.getByRole('button', { name: 'Anleitung starten: Impressum' })).toBeTruthy();
  });

  it('all open: the first item is next, with what it means and the one start button of the list', async () => {
    connectBackground(handleMessage);
    render(<Checklist progress={open()} onStartGuide={start} />);
    const next = nextStep();
    expect(within(next).getByText('Impressum')).toBeTruthy();
    expect(within(next).getByText(/Ohne Impressum können die Online-Antragsassistenten nicht/)).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /^Anleitung starten/ }).map((b) => b.getAttribute('aria-label'))).toEqual(['Anleitung starten: Impressum']);
    expect(screen.getByText('0 von 4 erledigt')).toBeTruthy();
    for (const name of ['Mandant', 'Rechte']) expect(details(name).open).toBe(true);
    expect(summaryText('Mandant')).toBe('Mandant 0 von 3 erledigt');

    fireEvent.click(within(next).getByRole('button', { name: 'Anleitung starten: Impressum' }));
    expect(start).toHaveBeenLastCalledWith('impressum');
  });

  it('partly done: the next open item with what the page showed of it', () => {
    render(<Checklist progress={partly()} onStartGuide={start} />);
    const next = nextStep();
    expect(within(next).getByText('Organisationseinheit: Bürgerbüro')).toBeTruthy();
    expect(within(next).getByText(/veröffentlichte Organisationseinheit mit E-Mail und Telefon/)).toBeTruthy();
    expect(within(next).getByText(/^Gesehen am 23\.11\.2026, \d\d:03: Version 0\.1, es fehlt E-Mail$/)).toBeTruthy();
    expect(within(next).getByRole('button', { name: 'Anleitung starten: Organisationseinheit: Bürgerbüro' })).toBeTruthy();
    expect(screen.getByText('4 von 6 erledigt')).toBeTruthy();
  });

  it('all done: says so, and offers no start button', () => {
    render(<Checklist progress={allDone()} onStartGuide={start} />);
    expect(within(nextStep()).getByText('Alle Punkte sind erledigt.')).toBeTruthy();
    expect(screen.queryAllByRole('button', { name: /^Anleitung starten/ })).toHaveLength(0);
    expect(screen.getByText('6 von 6 erledigt')).toBeTruthy();
  });
});

describe('compact checklist: one line per item, the rest behind "Mehr"', () => {
  it('shows title, status and evidence; the full evidence stays in the tooltip', () => {
    render(<Checklist progress={partly()} onStartGuide={start} />);
    const standesamt = itemOf(`Organisationseinheit: ${STANDESAMT}`);
    const line = standesamt.querySelector('.item-meta')!;
    expect(within(standesamt).getByText('von der Seite bestätigt')).toBeTruthy();
    expect(within(standesamt).getByText(/^Gesehen am 23\.11\.2026, \d\d:03: Version 2\.0, E-Mail und Telefon vorhanden$/)).toBeTruthy();
    expect(line.getAttribute('title')).toMatch(/^von der Seite bestätigt · Gesehen am .*E-Mail und Telefon vorhanden$/);
    expect(within(itemOf('Rechte für KISA')).getByText('offen')).toBeTruthy();
    expect(within(itemOf('Rechte für KISA')).getByText('Auf der Seite noch nicht gesehen.')).toBeTruthy();
    // Closed: no actions, no note field.
    expect(within(standesamt).queryByRole('button', { name: /Anleitung starten|Nicht zutreffend/ })).toBeNull();
    expect(within(standesamt).queryByRole('textbox')).toBeNull();
    expect(more(`Organisationseinheit: ${STANDESAMT}`).getAttribute('aria-expanded')).toBe('false');
  });

  it('"Mehr" opens the actions, the full evidence and the note field, and closes them again', async () => {
    connectBackground(handleMessage);
    const p = partly();
    await progressItem.setValue({ [p.key]: p });
    render(<Checklist progress={p} onStartGuide={start} />);
    const title = 'Organisationseinheit: Bürgerbüro';
    fireEvent.click(more(title));
    expect(more(title).getAttribute('aria-expanded')).toBe('true');
    const item = itemOf(title);
    expect(document.getElementById(more(title).getAttribute('aria-controls')!)).toBe(item.querySelector('.item-more'));
    expect(within(item).getByText('Status: offen')).toBeTruthy();
    expect(within(item).getByText(/^Nachweis: Gesehen am .*Version 0\.1, es fehlt E-Mail$/)).toBeTruthy();
    expect(within(item).getByRole('button', { name: `Anleitung starten: ${title}` })).toBeTruthy();
    expect(within(item).getByRole('button', { name: `Nicht zutreffend: ${title}`, pressed: false })).toBeTruthy();
    expect(within(item).getByRole('textbox', { name: `Notiz zu ${title}` })).toBeTruthy();

    fireEvent.click(within(item).getByRole('button', { name: `Anleitung starten: ${title}` }));
    expect(start).toHaveBeenLastCalledWith('organisationseinheit');

    fireEvent.click(more(title));
    expect(more(title).getAttribute('aria-expanded')).toBe('false');
    expect(within(item).queryByRole('textbox')).toBeNull();
  });

  it('an item with a note: the note shows while closed, and is in the field when opened', () => {
    const p = decide(partly(), 'rechte', { note: 'KISA-Zugang beantragt am 20.11., Antwort steht aus' }, NOW);
    render(<Checklist progress={p} onStartGuide={start} />);
    const item = itemOf('Rechte für KISA');
    const preview = within(item).getByText('Notiz: KISA-Zugang beantragt am 20.11., Antwort steht aus');
    expect(preview.getAttribute('title')).toBe('KISA-Zugang beantragt am 20.11., Antwort steht aus');
    fireEvent.click(more('Rechte für KISA'));
    expect(within(item).queryByText(/^Notiz: /)).toBeNull();
    expect((within(item).getByRole('textbox', { name: 'Notiz zu Rechte für KISA' }) as HTMLTextAreaElement).value)
      .toBe('KISA-Zugang beantragt am 20.11., Antwort steht aus');
  });

  it('saves the note on change and keeps the draft when storage updates while typing', async () => {
    connectBackground(handleMessage);
    const p = open();
    await progressItem.setValue({ [p.key]: p });
    const { rerender } = render(<Checklist progress={p} onStartGuide={start} />);
    fireEvent.click(more('Rechte für KISA'));
    const note = screen.getByRole('textbox', { name: 'Notiz zu Rechte für KISA' }) as HTMLTextAreaElement;
    fireEvent.input(note, { target: { value: 'Wartet auf KISA' } });
    // The page ticks another item meanwhile: the panel re-renders, the draft stays.
    rerender(<Checklist progress={mergeFacts(p, [{ kind: 'impressum', name: '', seen: { saved: true } }], NOW)} onStartGuide={start} />);
    expect((screen.getByRole('textbox', { name: 'Notiz zu Rechte für KISA' }) as HTMLTextAreaElement).value).toBe('Wartet auf KISA');
    fireEvent.change(note);
    await waitFor(async () => expect((await progressItem.getValue())[p.key].items.rechte.note).toBe('Wartet auf KISA'));
  });

  it('an item "nicht zutreffend": ticked, said so, and the button shows it pressed', async () => {
    connectBackground(handleMessage);
    const p = partly();
    await progressItem.setValue({ [p.key]: p });
    render(<Checklist progress={p} onStartGuide={start} />);
    const item = itemOf('Logo / Bild');
    expect((within(item).getByRole('checkbox') as HTMLInputElement).checked).toBe(true);
    expect(within(item).getByText(/^von Ihnen als nicht zutreffend markiert am 23\.11\.2026, \d\d:03$/)).toBeTruthy();
    expect(item.classList.contains('item-na')).toBe(true);
    fireEvent.click(more('Logo / Bild'));
    expect(within(item).getByRole('button', { name: 'Nicht zutreffend: Logo / Bild', pressed: true })).toBeTruthy();
    // The whole status, also where the one line cuts it.
    expect(within(item).getByText(/^Status: von Ihnen als nicht zutreffend markiert am 23\.11\.2026, \d\d:03$/)).toBeTruthy();

    // Pressed again: taken back, open again.
    fireEvent.click(within(item).getByRole('button', { name: 'Nicht zutreffend: Logo / Bild' }));
    await waitFor(async () => expect((await progressItem.getValue())[p.key].items.bild).toMatchObject({ status: 'offen', decidedBy: 'admin' }));
  });
});

describe('compact checklist: groups fold with their count', () => {
  it('open while something in them is open, folded when all is done, empty ones with their hint', () => {
    render(<Checklist progress={partly()} onStartGuide={start} />);
    expect(summaryText('Mandant')).toBe('Mandant 3 von 3 erledigt');
    expect(details('Mandant').open).toBe(false);
    expect(summaryText('Organisationseinheiten')).toBe('Organisationseinheiten 1 von 2 erledigt');
    expect(details('Organisationseinheiten').open).toBe(true);
    expect(within(group('Organisationseinheiten')).getByText('1 von 2')).toBeTruthy();
    expect(details('Prozesse').open).toBe(true);
    expect(within(group('Prozesse')).getByText(/Noch kein Prozess gesehen/)).toBeTruthy();
    // The heading stays a heading inside the summary.
    expect(within(group('Mandant')).getByRole('heading', { level: 3, name: 'Mandant' })).toBeTruthy();
  });

  it('the admin folds and unfolds a group; an item open again unfolds it; finishing one leaves it open', () => {
    const p = partly();
    const { rerender } = render(<Checklist progress={p} onStartGuide={start} />);
    fireEvent.click(details('Mandant').querySelector('summary')!);
    expect(details('Mandant').open).toBe(true);
    fireEvent.click(details('Organisationseinheiten').querySelector('summary')!);
    expect(details('Organisationseinheiten').open).toBe(false);
    fireEvent.click(details('Mandant').querySelector('summary')!);
    expect(details('Mandant').open).toBe(false);

    // The admin takes back a tick in the folded Mandant group (from another panel): it unfolds.
    const untick = decide(p, 'impressum', { status: 'offen' }, NOW);
    rerender(<Checklist progress={untick} onStartGuide={start} />);
    expect(details('Mandant').open).toBe(true);
    expect(summaryText('Mandant')).toBe('Mandant 2 von 3 erledigt');
    // The last open item done: the group stays open under the admin's eyes.
    rerender(<Checklist progress={decide(untick, 'impressum', { status: 'erledigt' }, NOW)} onStartGuide={start} />);
    expect(details('Mandant').open).toBe(true);
    expect(summaryText('Mandant')).toBe('Mandant 3 von 3 erledigt');
  });
});

describe('tenant switcher', () => {
  it('keeps every full label in its options and the shown one in the tooltip', () => {
    const long = emptyProgress(DEV, 'Große Kreisstadt Freiberg mit den Ortsteilen Kleinwaltersdorf und Zug', 'dev', NOW);
    const live = emptyProgress(LIVE, 'Landratsamt Mittelsachsen', 'live', NOW);
    render(<TenantSwitcher all={{ [long.key]: long, [live.key]: live }} current={long.key} onPick={() => {}} />);
    const select = screen.getByRole('combobox', { name: 'Mandant anzeigen' });
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Große Kreisstadt Freiberg mit den Ortsteilen Kleinwaltersdorf und Zug (admincenter.amt24dev.sachsen.de, Entwicklungsumgebung)',
      'Landratsamt Mittelsachsen (admincenter.amt24.sachsen.de, Live)',
    ]);
    expect(select.getAttribute('title')).toBe('Große Kreisstadt Freiberg mit den Ortsteilen Kleinwaltersdorf und Zug (admincenter.amt24dev.sachsen.de, Entwicklungsumgebung)');
  });

  it('the panel follows the shown tenant with the checklist folded as that tenant needs it', async () => {
    const done = allDone();
    const chemnitz = emptyProgress(LIVE, 'Chemnitz', 'live', NOW);
    await progressItem.setValue({ [done.key]: done, [chemnitz.key]: chemnitz });
    await lastAdminCenterTabItem.setValue({ tabId: 7, origin: DEV, url: `${DEV}/admincenter/`, generation: 'aktuell', seenAt: NOW, tenantKey: done.key });
    render(<App />);
    await waitFor(() => expect(screen.getByText('Alle Punkte sind erledigt.')).toBeTruthy());
    expect(details('Mandant').open).toBe(false);
    fireEvent.change(screen.getByRole('combobox', { name: 'Mandant anzeigen' }), { target: { value: chemnitz.key } });
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Chemnitz' })).toBeTruthy());
    expect(details('Mandant').open).toBe(true);
    expect(within(nextStep()).getByRole('button', { name: 'Anleitung starten: Impressum' })).toBeTruthy();
  });
});
