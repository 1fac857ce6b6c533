// Guide 3.5: Anlegen einer kommunalen Ergänzung für Ihren Online-Antragsassistenten.
import { openStep, task, type ChecklistEntry } from '../model';
import { isPublished, versionEvidence } from '../proof';
import { ERGAENZUNGEN } from '../groups';
import type { Snapshot } from '../types';
import { fieldValue } from '../pages/detect';
import { leikaFilter, leistungenViews } from '../pages/leistungen';

const [, ...opened] = leistungenViews;
const [, ergDrawer, ergText] = opened;
const KOSTEN = 'Kosten (Gebühren)';
const HINWEISE = 'Hinweise (Besonderheiten)';
/** The Ergänzung shows a published version: `1.0` or higher (`Ergänzung 1.0`, `Version 2.0`). */
const published = (s: Snapshot) => (ergDrawer.detect(s) || ergText.detect(s)) && isPublished(s.version);

export const ergaenzung = task({
  id: 'ergaenzung',
  section: '3.5',
  title: 'Kommunale Ergänzung',
  steps: [
    openStep('leistungen', 'Leistungen öffnen', {
      klassisch: 'Wählen Sie Zuständigkeitsfinder → Leistungen.',
      aktuell: 'Wählen Sie in der Seitenleiste Zuständigkeitsfinder → Leistungen.',
    }, 'leistungen-list'),
    {
      id: 'suchen', title: 'Leistung suchen', on: 'leistungen-list',
      text: 'Suchen Sie die Leistung für die kommunale Ergänzung: Geben Sie ihren LeiKa-Schlüssel ein, z. B. 99089001005000.',
      target: [{ ui: 'klassisch', role: 'textbox', name: 'Tabelle filtern' }, { ui: 'aktuell', role: 'textbox', name: 'Suchbegriff' }],
      // Typed, or a Leistung is open already.
      done: (s) => !!leikaFilter(s) || opened.some((v) => v.detect(s)),
      watchInput: true,
    },
    openStep('leistung', 'Leistung öffnen', 'Klicken Sie auf die Leistung.', 'leistung-drawer', { remember: (s) => fieldValue(s, 'Name') }),
    openStep('ergaenzung', 'K. Ergänzung anlegen', {
      klassisch: 'Klicken Sie rechts unter „Leistung anlegen“ auf K. Ergänzung.',
      aktuell: 'Klicken Sie rechts unter „Bearbeiten“ auf K. Ergänzung.',
    }, 'ergaenzung-drawer'),
    {
      // Published already (e.g. in an earlier session): tick it off, or edit it on purpose.
      id: 'bereits', title: 'Bereits veröffentlicht', on: 'ergaenzung-drawer', detour: true,
      text: (s) => `Diese kommunale Ergänzung ist bereits veröffentlicht${isPublished(s.version) ? ` (${versionEvidence({ version: s.version! })[0]})` : ''}. Haken Sie sie als erledigt ab – oder bearbeiten Sie sie trotzdem, wenn Sie etwas ändern möchten.`,
      target: [{ role: 'button', name: 'Text bearbeiten' }],
      done: (s) => (ergDrawer.detect(s) && !isPublished(s.version)) || ergText.detect(s),
      choices: [{ label: 'Als erledigt abhaken', to: 'end' }, { label: 'Trotzdem bearbeiten', to: 'next' }],
    },
    openStep('text', 'Text bearbeiten',
      'Klicken Sie auf Text bearbeiten. („K. Ergänzung“ ist hier ausgegraut: Die kommunale Ergänzung ist bereits angelegt.)', 'ergaenzung-text'),
    {
      id: 'abschnitt', title: 'Abschnitt ausfüllen', on: 'ergaenzung-text',
      text: `Bearbeiten können Sie nur die Abschnitte, die nicht ausgegraut sind, z. B. „${KOSTEN}“ und „${HINWEISE}“. Die ausgegrauten pflegt der Freistaat Sachsen.`,
      target: [{ role: 'textbox', name: KOSTEN }, { role: 'textbox', name: HINWEISE }],
      done: (s) => !!(fieldValue(s, KOSTEN) || fieldValue(s, HINWEISE)) || published(s),
      whenDisabled: `Ausgegraute Abschnitte lassen sich nicht bearbeiten. Nutzen Sie z. B. „${HINWEISE}“.`,
      watchInput: true,
    },
    {
      id: 'veroeffentlichen', title: 'Speichern und veröffentlichen', on: 'ergaenzung-text',
      text: 'Klicken Sie auf „Speichern und veröffentlichen“: So erscheint Ihre Ergänzung auf der Amt24-Leistungsseite Ihrer Kommune.',
      target: [{ role: 'button', name: 'Speichern und veröffentlichen' }],
      done: published,
    },
  ],
  item: {
    kind: 'ergaenzung', perRecord: true,
    facts: { 'ergaenzung-drawer': { shows: (s) => (s.version ? { version: s.version } : null) } },
  },
});

/** Its checklist entry, for side panel, popup and report: the content script never shows it and so leaves it out. */
export const ergaenzungEntry = {
  of: ergaenzung, title: 'Kommunale Ergänzung', group: ERGAENZUNGEN,
  summary: 'Eine kommunale Ergänzung zeigt auf der Amt24-Leistungsseite, was nur in Ihrer Kommune gilt, z. B. Gebühren nach Ihrer Satzung.',
  proves: (seen) => isPublished(seen.version), evidence: versionEvidence,
} satisfies ChecklistEntry;
