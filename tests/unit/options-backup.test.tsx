// The options page's "Sicherung": download, import merged or replacing (after asking), and German refusals.
import { describe, it, expect, vi } from 'vitest';
import { render, screen, fireEvent, waitFor, within } from '@testing-library/preact';
import { App } from '../../entrypoints/options/App';
import { receiveMessage } from '../../background/background-handlers';
import { progressItem } from '../../shared/storage';
import { asRecord, backupJson, freiberg, mittelsachsen } from './backup-fixtures';
import { connectBackground } from './fakes';

// The options page's messages reach the background's own entry point (receiveMessage: schema check first).

function section() {
  render(<App />);
  return within(screen.getByRole('region', { name: 'Sicherung' }));
}

function chooseFile(ui: ReturnType<typeof section>, file: File) {
  fireEvent.change(ui.getByLabelText('Sicherung einlesen'), { target: { files: [file] } });
}

const jsonFile = (text: string, name = 'sicherung.json') => new File([text], name, { type: 'application/json' });

describe('options page: Sicherung', () => {
  it('downloads every stored checklist as one JSON file', async () => {
    connectBackground(receiveMessage);
    await progressItem.setValue(asRecord(freiberg(), mittelsachsen()));
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => { blobs.push(blob as Blob); return 'blob:sicherung'; });
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const ui = section();
    fireEvent.click(ui.getByRole('button', { name: 'Sicherung herunterladen' }));
    await waitFor(() => expect(ui.getByRole('status').textContent).toMatch(/^Die Sicherung „admincenter-wegweiser-sicherung-\d{4}-\d\d-\d\d\.json“ mit 2 Mandanten wurde erstellt/));
    const link = clicked.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toMatch(/^admincenter-wegweiser-sicherung-\d{4}-\d\d-\d\d\.json$/);
    expect(JSON.parse(await blobs[0].text())).toMatchObject({ format: 'admincenter-wegweiser-sicherung', version: 1, progress: asRecord(freiberg(), mittelsachsen()) });
    vi.restoreAllMocks();
  });

  it('merges a backup into what is stored and says what it did', async () => {
    connectBackground(receiveMessage);
    await progressItem.setValue(asRecord(mittelsachsen()));
    const ui = section();
    expect(ui.getByLabelText('Zusammenführen')).toHaveProperty('checked', true);
    chooseFile(ui, jsonFile(backupJson(asRecord(freiberg()))));
    fireEvent.click(ui.getByRole('button', { name: 'Jetzt einlesen' }));
    await waitFor(() => expect(ui.getByRole('status').textContent).toBe('Die Sicherung wurde mit dem bisherigen Stand zusammengeführt: 1 Mandant neu, kein Mandant zusammengeführt.'));
    expect(await progressItem.getValue()).toEqual(asRecord(mittelsachsen(), freiberg()));
    expect(ui.getByRole('alert').textContent).toBe('');
  });

  it('asks before replacing, and replaces only after "Ja, ersetzen"', async () => {
    connectBackground(receiveMessage);
    await progressItem.setValue(asRecord(mittelsachsen()));
    const ui = section();
    fireEvent.click(ui.getByLabelText('Ersetzen'));
    chooseFile(ui, jsonFile(backupJson(asRecord(freiberg())), 'freiberg.json'));
    fireEvent.click(ui.getByRole('button', { name: 'Jetzt einlesen' }));
    const question = await ui.findByRole('group', { name: /^Wirklich ersetzen\?/ });
    expect(question.textContent).toContain('durch die aus „freiberg.json“ ersetzt');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Ja, ersetzen'));
    fireEvent.click(ui.getByRole('button', { name: 'Abbrechen' }));
    expect(ui.queryByRole('group', { name: /^Wirklich ersetzen/ })).toBeNull();
    expect(await progressItem.getValue()).toEqual(asRecord(mittelsachsen()));

    fireEvent.click(ui.getByRole('button', { name: 'Jetzt einlesen' }));
    fireEvent.click(await ui.findByRole('button', { name: 'Ja, ersetzen' }));
    await waitFor(() => expect(ui.getByRole('status').textContent).toContain('durch die der Datei ersetzt (1 Mandant)'));
    expect(await progressItem.getValue()).toEqual(asRecord(freiberg()));
  });

  it('shows what is wrong with a file, as text, and stores nothing', async () => {
    connectBackground(receiveMessage);
    await progressItem.setValue(asRecord(mittelsachsen()));
    const hostile = { ...freiberg(), tenant: '<img src=x onerror=alert(1)>', env: 'test' };
    hostile.key = `${hostile.host}|${hostile.tenant}`;
    const ui = section();
    chooseFile(ui, jsonFile(backupJson({ [hostile.key]: hostile })));
    fireEvent.click(ui.getByRole('button', { name: 'Jetzt einlesen' }));
    await waitFor(() => expect(ui.getByRole('alert').textContent).toBe('Mandant „<img src=x onerror=alert(1)>“: Umgebung (env) ist ungültig („test“; erlaubt: dev, live). Es wurde nichts eingelesen.'));
    expect(ui.getByRole('alert').querySelector('img')).toBeNull();
    expect(await progressItem.getValue()).toEqual(asRecord(mittelsachsen()));

    chooseFile(ui, jsonFile(backupJson({}).slice(0, 30)));
    fireEvent.click(ui.getByRole('button', { name: 'Jetzt einlesen' }));
    await waitFor(() => expect(ui.getByRole('alert').textContent).toBe('Die Datei ist kein gültiges JSON (abgeschnitten?). Es wurde nichts eingelesen.'));
  });

  it('refuses a file over 5 MB without reading it', async () => {
    connectBackground(receiveMessage);
    const big = jsonFile('{}');
    Object.defineProperty(big, 'size', { value: 6 * 1024 * 1024 });
    const read = vi.spyOn(big, 'text');
    const ui = section();
    chooseFile(ui, big);
    fireEvent.click(ui.getByRole('button', { name: 'Jetzt einlesen' }));
    await waitFor(() => expect(ui.getByRole('alert').textContent).toBe('Die Datei ist zu groß (6 MB); eine Sicherung darf höchstens 5 MB groß sein. Es wurde nichts eingelesen.'));
    expect(read).not.toHaveBeenCalled();
  });

  it('asks for a file first', async () => {
    const ui = section();
    fireEvent.click(ui.getByRole('button', { name: 'Jetzt einlesen' }));
    await waitFor(() => expect(ui.getByRole('alert').textContent).toBe('Bitte wählen Sie zuerst eine Sicherungsdatei aus.'));
  });
});
