// Guide 3.4: Anlage und Veröffentlichung von Organisationseinheiten Ihrer Kommune.
import { openStep, task, type ActStep, type Seen, type ChecklistEntry } from '../model';
import type { Snapshot, Target } from '../types';
import { columnOf, fieldValue, tablesWith } from '../pages/detect';
import { isPublished, recordTitle, versionEvidence } from '../proof';
import { OES } from '../groups';
import { KOMM_DIALOG, oeNewOpen, oeRecordOpen } from '../pages/organisationseinheiten';

const KOMM = 'oe-kommunikation' as const;
const PFLICHT = ['Eingangsbereich', 'Toiletten', 'Aufzüge'];
/** Buttons: klassisch label first, then the aktuell one where it differs. */
const buttons = (...names: string[]): Target[] => names.map((name) => ({ role: 'button', name }));


/** The OE just created is open: saved, not yet published (before its name is known, any such OE). */
const savedNew = (s: Snapshot) => oeRecordOpen(s) && !isPublished(s.version);

/** The Kennungen of one Kanal in the Kommunikation table, in order. */
export function kennungen(s: Snapshot, kanal: string): string[] {
  const [t] = tablesWith(s, 'Kanal', 'Kennung');
  return t?.rows.filter((r) => r[columnOf(t, 'Kanal')] === kanal).map((r) => r[columnOf(t, 'Kennung')]) ?? [];
}

// Only the first entry per Kanal goes out to the Online-Antragsassistenten (SOAP): name it, and warn when it
// looks personal (vorname.nachname@…, a mobile number).
function kommWarn(s: Snapshot) {
  return ['E-Mail', 'Telefon'].map((kanal) => {
    const [first, ...more] = kennungen(s, kanal);
    return (more.length ? `Nur der erste ${kanal}-Eintrag („${first}“) geht an die Online-Antragsassistenten: Ihren ggf. mit ↑ nach oben schieben. ` : '') +
      (/^[a-zäöüß]+\.[a-zäöüß-]+@|^(\+49|0) ?1[5-7]/i.test(first) ? `„${first}“ geht an die Online-Antragsassistenten, wirkt aber persönlich: besser ${kanal === 'E-Mail' ? 'ein Funktionspostfach' : 'eine zentrale Nummer'}. ` : '');
  }).join('').trim() || undefined;
}

/** First entry per channel of the Kommunikation table (only the first one reaches the OAA). */
function firstPerChannel(s: Snapshot): Seen | null {
  if (!tablesWith(s, 'Kanal', 'Kennung').length) return null;
  return { email: kennungen(s, 'E-Mail')[0] ?? null, telefon: kennungen(s, 'Telefon')[0] ?? null };
}

const channelEvidence = (seen: Seen) => (seen.email === undefined && seen.telefon === undefined ? []
  : [seen.email && seen.telefon ? 'E-Mail und Telefon vorhanden' : `es fehlt ${[!seen.email && 'E-Mail', !seen.telefon && 'Telefon'].filter(Boolean).join(' und ')}`]);

const empty = (s: Snapshot) => PFLICHT.filter((l) => fieldValue(s, l) === '');
const pflichtWarn = (s: Snapshot) => (empty(s).length ? `Noch leere Pflichtfelder: ${empty(s).join(', ')}.` : undefined);

/** Adding one entry of `kanal` in the Kommunikation view; each step is done once the table shows one. */
function entry(id: string, kanal: string, what: string): ActStep[] {
  const has = (s: Snapshot) => kennungen(s, kanal).length > 0;
  const chosen = (s: Snapshot) => has(s) || fieldValue(s, 'Kanal') === kanal;
  const base = { on: KOMM };
  return [
    {
      ...base, id: `${id}-neu`, title: `${kanal} hinzufügen`, done: has, advanceOnClick: true,
      text: { klassisch: 'Klicken Sie auf + Neue Kommunikation anlegen.', aktuell: 'Klicken Sie auf + Kommunikationskanal anlegen.' },
      target: buttons('Neue Kommunikation anlegen', 'Kommunikationskanal anlegen'),
    },
    {
      ...base, id: `${id}-kanal`, title: 'Kanal wählen', text: `Wählen Sie als Kanal „${kanal}“.`, done: chosen, watchInput: true,
      target: [{ role: 'combobox', name: 'Kanal' }],
    },
    {
      ...base, id: `${id}-kennung`, title: 'Kennung eintragen', text: `Tragen Sie unter Kennung ${what} der Organisationseinheit ein.`,
      // 'value': the page empties this same field after each Übernehmen, so every keystroke counts.
      done: (s) => has(s) || (chosen(s) && !!fieldValue(s, 'Kennung')), watchInput: 'value',
      target: [{ role: 'textbox', name: 'Kennung' }],
    },
    {
      ...base, id: `${id}-ok`, title: 'Übernehmen', done: has,
      text: { klassisch: 'Klicken Sie auf Kommunikation übernehmen.', aktuell: 'Klicken Sie auf Übernehmen.' },
      target: buttons('Kommunikation übernehmen', 'Übernehmen'),
    },
  ];
}

export const organisationseinheit = task({
  id: 'organisationseinheit',
  section: '3.4',
  title: 'Organisationseinheit anlegen und veröffentlichen',
  steps: [
    openStep('oe', 'Organisationseinheiten öffnen', 'Wählen Sie Organisationseinheiten → Organisationseinheiten.', 'oe-list'),
    {
      id: 'anlegen', title: 'Anlegen', on: 'oe-list', text: 'Klicken Sie auf Anlegen.', target: buttons('Anlegen'),
      done: (s) => oeNewOpen(s) || savedNew(s),
    },
    {
      id: 'name', title: 'Name eintragen', on: 'oe-new', text: 'Tragen Sie den Namen der Organisationseinheit ein, z. B. Standesamt.',
      target: [{ role: 'textbox', name: 'Name' }], watchInput: true,
      done: (s) => (oeNewOpen(s) ? !!fieldValue(s, 'Name') : savedNew(s)),
    },
    {
      id: 'speichern', title: 'Speichern', on: 'oe-new', text: 'Klicken Sie auf Speichern.', target: buttons('Speichern'),
      done: savedNew, remember: (s) => fieldValue(s, 'Name') || recordTitle(s) || undefined,
    },
    openStep('kommunikation', 'Kommunikation öffnen', 'Klicken Sie unter „Verwalten“ auf Kommunikation.', KOMM),
    ...entry('mail', 'E-Mail', 'eine E-Mail-Adresse'),
    ...entry('tel', 'Telefon', 'eine Telefonnummer'),
    {
      id: 'komm-speichern', title: 'Kommunikation speichern', on: KOMM, advanceOnClick: true,
      text: { klassisch: 'Klicken Sie auf Kommunikation speichern.', aktuell: 'Klicken Sie unten auf Speichern.' },
      target: [...buttons('Kommunikation speichern'), { role: 'button', name: 'Speichern', dialog: KOMM_DIALOG }],
      warn: (s) => ['E-Mail', 'Telefon'].filter((k) => !kennungen(s, k).length).map((k) => `Es fehlt noch ${k}.`).join(' ') || undefined,
    },
    openStep('text', 'Text bearbeiten', 'Zum Veröffentlichen klicken Sie auf Text bearbeiten.', 'oe-text'),
    {
      id: 'pflichtfelder', title: 'Pflichtfelder ausfüllen', on: 'oe-text',
      text: 'Füllen Sie unter Barrierefreiheit die markierten Pflichtfelder (* bzw. •) aus.',
      target: (s) => [{ role: 'textbox', name: empty(s)[0] ?? PFLICHT[0] }],
      done: (s) => PFLICHT.every((l) => fieldValue(s, l)), watchInput: true, warn: pflichtWarn,
    },
    {
      id: 'veroeffentlichen', title: 'Speichern und veröffentlichen', on: 'oe-text', target: buttons('Speichern und veröffentlichen'),
      text: 'Klicken Sie auf Speichern und veröffentlichen. Veröffentlicht ist die Organisationseinheit, sobald oben rechts grün 1.0 oder höher steht.',
      done: (s) => isPublished(s.version) && oeRecordOpen(s),
      warn: pflichtWarn,
    },
  ],
  // Once saved, the OE created in this task is the one meant (by its name): another open OE counts for nothing.
  // The way back: out of its view (a drawer may cover the list), then the row of ours (oe-drawer's way in).
  other: {
    says: (s, ctx) => (ctx.subject && oeRecordOpen(s) && recordTitle(s) !== ctx.subject
      ? `Diese Anleitung gilt für die Organisationseinheit „${ctx.subject}“, die Sie angelegt haben. Öffnen Sie diese – schließen Sie dazu zuerst diese Ansicht.` : undefined),
  },
  // The working copy as it stands, on every step: reordered, deleted or added entries count at once (unsaved).
  warnings: { [KOMM]: kommWarn },
  item: {
    kind: 'oe', perRecord: true,
    facts: {
      'oe-drawer': { shows: (s) => (s.version ? { version: s.version } : null) },
      // The Kommunikation view edits a working copy: what it shows on opening, and at the admin's save, is stored.
      [KOMM]: {
        onEnter: firstPerChannel,
        onSave: (s, label) => (label === 'Kommunikation speichern' || (s.generation === 'aktuell' && label === 'Speichern') ? firstPerChannel(s) : null),
      },
    },
  },
});

/** Its checklist entry, for side panel, popup and report: the content script never shows it and so leaves it out. */
export const organisationseinheitEntry = {
  of: organisationseinheit, title: 'Organisationseinheit', group: OES,
  summary: 'Die Online-Antragsassistenten brauchen eine veröffentlichte Organisationseinheit mit E-Mail und Telefon.',
  proves: (seen) => isPublished(seen.version) && !!seen.email && !!seen.telefon,
  evidence: (seen) => [...versionEvidence(seen), ...channelEvidence(seen)],
} satisfies ChecklistEntry;
