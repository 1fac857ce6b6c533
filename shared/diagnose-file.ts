// A Diagnose as the admin saves it: the raw capture of the content script with every value a person typed or
// a list shows replaced by a placeholder of its kind, so the file can go to support. Runs in the side panel.
import type { OutlineNode, RawCapture } from './diagnose-types';
import type { Snapshot } from '../rules/types';
import { GENERATION_NAMES } from '../rules/generation';

export const DIAGNOSE_FORMAT = 'admincenter-wegweiser-diagnose';

/** The columns of a list of people (users): there the first column names a person, not a record. */
export const PEOPLE_COLUMN = /^(E-Mail|Benutzername|Vorname|Nachname)$/i;

export type Kind = 'E-Mail' | 'Telefon' | 'IBAN' | 'Wert' | 'Name' | 'Datei' | 'Mandant';

const EMAIL = /[^\s@<>()]+@[^\s@<>()]+\.[A-Za-z]{2,}/g;
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b/g;
/** A phone number: starts with + or 0 and has at least six more digits (IDs and LeiKa keys start otherwise). */
const PHONE = /(?:\+|\b0)\d[\d /()-]{4,}\d/g;
/** A login name as the AdminCenter shows the signed-in user top right (`support.onlineantrag`, `m.mustermann`):
 *  lowercase words joined by dots, underscores or hyphens. Not applied to record names (a parameter may look so). */
const LOGIN = /(?<![\p{L}\d@._-])\p{Ll}[\p{Ll}\d]*(?:[._-][\p{Ll}\d]+)+(?![\p{L}\d@_-]|\.[\p{L}\d])/gu;

export interface DiagnoseFile {
  format: typeof DIAGNOSE_FORMAT;
  version: 1;
  created: string;
  browser: string;
  extension: string;
  url: string;
  viewport: RawCapture['viewport'];
  screen: RawCapture['screen'];
  conclusions: RawCapture['conclusions'];
  snapshot: Snapshot;
  outline: OutlineNode[];
  outlineCut: boolean;
  /** how many values of each kind were replaced */
  replaced: Partial<Record<Kind, number>>;
}

/** The shape of a raw capture, as far as the anonymiser relies on it. */
export function isRawCapture(value: unknown): value is RawCapture {
  const v = value as RawCapture | null;
  const s = v?.snapshot;
  return !!v && typeof v === 'object' && typeof v.url === 'string' && Array.isArray(v.outline) && !!v.conclusions && typeof v.conclusions === 'object' &&
    !!s && ['headings', 'dialogs', 'tabs', 'buttons', 'tables', 'fields', 'notices'].every((k) => Array.isArray((s as unknown as Record<string, unknown>)[k]));
}

export function anonymise(raw: RawCapture, env: { now: Date; browser: string; extension: string }): DiagnoseFile {
  const replaced: Partial<Record<Kind, number>> = {};
  const put = (kind: Kind) => {
    replaced[kind] = (replaced[kind] ?? 0) + 1;
    return `<${kind}>`;
  };
  /** free text: addresses, numbers and IBANs in it replaced, the rest kept */
  const scrub = (text: string) => String(text).replace(EMAIL, () => put('E-Mail')).replace(IBAN, () => put('IBAN')).replace(PHONE, () => put('Telefon'));
  /** text around the page (titles, buttons, menus): login names replaced as well */
  const text = (t: string) => scrub(t).replace(LOGIN, () => put('Name'));
  /** a value as a whole: by what it looks like, else as `fallback` */
  const value = (raw: string, fallback: Kind = 'Wert') => {
    const whole = String(raw ?? '');
    if (!whole.trim()) return whole;
    const looks = (pattern: RegExp) => new RegExp(pattern.source).test(whole);
    return put(looks(EMAIL) ? 'E-Mail' : looks(IBAN) ? 'IBAN' : looks(PHONE) ? 'Telefon' : fallback);
  };

  const s = raw.snapshot;
  const people = (headers: string[]) => headers.some((h) => PEOPLE_COLUMN.test(h));
  const snapshot: Snapshot = {
    ...s,
    tenant: s.tenant === null ? null : put('Mandant'),
    headings: s.headings.map(text),
    dialogs: s.dialogs.map(text),
    tabs: s.tabs.map((t) => ({ ...t, label: text(t.label) })),
    buttons: s.buttons.map((b) => ({ ...b, label: text(b.label) })),
    tables: s.tables.map((t) => ({
      headers: t.headers.map(scrub),
      // The first column names the record (an OE, a Leistung, a process), except in lists of people.
      rows: t.rows.map((row) => row.map((cell, i) => (i === 0 && !people(t.headers) ? scrub(cell) : value(cell, i === 0 ? 'Name' : 'Wert')))),
    })),
    fields: s.fields.map((f) => ({ label: text(f.label), value: value(f.value) })),
    notices: s.notices.map(text),
    files: s.files?.map(() => put('Datei')),
  };

  const outline = raw.outline.map((node): OutlineNode => {
    const out: OutlineNode = { ...node };
    const isField = node.value !== undefined;
    if (isField) out.value = value(node.value!);
    const whole = (t: string) => {
      if (isField) return text(t);
      if (node.part === 'field' || node.part === 'cell' || node.part === 'row') return value(t);
      if (node.part === 'first') return node.people ? value(t, 'Name') : scrub(t);
      return node.part === 'header' ? scrub(t) : text(t);
    };
    if (node.name !== undefined) out.name = whole(node.name);
    if (node.text !== undefined) out.text = whole(node.text);
    return out;
  });

  return {
    format: DIAGNOSE_FORMAT,
    version: 1,
    created: env.now.toISOString(),
    browser: env.browser,
    extension: env.extension,
    url: scrub(raw.url),
    viewport: raw.viewport,
    screen: raw.screen,
    conclusions: raw.conclusions,
    snapshot,
    outline,
    outlineCut: raw.outlineCut,
    replaced,
  };
}

export function diagnoseFileName(now: Date): string {
  return `${DIAGNOSE_FORMAT}-${now.toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' })}.json`;
}

const NAMES: Record<Kind, [string, string]> = {
  'E-Mail': ['E-Mail-Adresse', 'E-Mail-Adressen'], Telefon: ['Telefonnummer', 'Telefonnummern'], IBAN: ['IBAN', 'IBANs'],
  Wert: ['Wert', 'Werte'], Name: ['Name', 'Namen'], Datei: ['Dateiname', 'Dateinamen'], Mandant: ['Mandantenname', 'Mandantennamen'],
};

/** What the admin is told before saving: what the file describes and what was replaced. */
export function diagnoseSummary(file: DiagnoseFile): string {
  const c = file.conclusions;
  const ui = c.generation ? GENERATION_NAMES[c.generation] : 'Oberfläche nicht erkannt';
  const view = c.view ? `die Seite „${c.view}“` : 'eine Seite, die der Wegweiser nicht kennt';
  const parts = (Object.entries(file.replaced) as [Kind, number][]).map(([kind, n]) => `${n} ${NAMES[kind][n === 1 ? 0 : 1]}`);
  const total = Object.values(file.replaced).reduce((a, b) => a + (b ?? 0), 0);
  return `Die Datei beschreibt ${view} (${ui}) mit ${file.outline.length} Elementen${file.outlineCut ? ' (gekürzt)' : ''}. ` +
    (total ? `Ersetzt durch Platzhalter: ${parts.join(', ')}.` : 'Es waren keine Werte zu ersetzen.');
}
