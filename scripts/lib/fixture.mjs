// A Diagnose file (saved by an admin through "Diagnose speichern") as a page fixture for the detector tests:
// its anonymised snapshot and the view it is expected to be. Errors are German, for the maintainer's console.
export const FIXTURE_DIR = 'tests/fixtures/pages';
/** The expected view of a page the guide must not take for any known view. */
export const NO_VIEW = 'keine';

export function fixtureFromDiagnose(text, view) {
  let file;
  try { file = JSON.parse(text); } catch { throw new Error('Die Datei ist kein JSON. Erwartet wird eine Diagnose des AdminCenter-Wegweisers.'); }
  if (file?.format !== 'admincenter-wegweiser-diagnose') throw new Error('Das ist keine Diagnose des AdminCenter-Wegweisers (das Feld „format“ fehlt oder stimmt nicht).');
  if (file.version !== 1) throw new Error(`Diagnose-Version ${file.version} kennt dieses Werkzeug nicht (nur Version 1).`);
  const s = file.snapshot;
  const lists = ['headings', 'dialogs', 'tabs', 'buttons', 'tables', 'fields', 'notices'];
  if (!s || typeof s !== 'object' || lists.some((k) => !Array.isArray(s[k]))) throw new Error('Der Diagnose fehlt ein vollständiges Seitenabbild („snapshot“).');
  const expected = view ?? file.conclusions?.view;
  if (!expected) throw new Error(`Die Diagnose nennt keine erkannte Seite. Geben Sie an, welche es ist: --view <id> (oder --view ${NO_VIEW}).`);
  if (!/^[a-z][a-z0-9-]*$/.test(expected)) throw new Error(`„${expected}“ ist keine Seiten-ID (Kleinbuchstaben, Ziffern, Bindestriche).`);
  const generation = s.generation ?? 'unbekannt';
  const day = String(file.created ?? '').slice(0, 10) || 'ohne-datum';
  return {
    name: `${expected}.${generation}.${day}`,
    fixture: { view: expected, generation, source: { created: file.created, extension: file.extension, browser: file.browser, url: file.url }, snapshot: s },
  };
}
