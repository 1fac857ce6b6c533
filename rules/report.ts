// The readiness report for KISA: every item with status, evidence, date and note, the open points first.
import { ENV_LABEL, GROUPS, counts, decidedOn, evidence, type ChecklistItem, type TenantProgress } from './checklist';

export const CONTACTS = [
  'KISA-Support Online-Antragsassistenten: 0351 86652 285, Support.onlineantrag@kisa.it',
  'SID Service Desk, Anwendungsbetreuung Amt24: +49 351 79997-100, servicedesk@sid.sachsen.de',
];

const WHO: Record<'seite' | 'admin', string> = { seite: 'von der Seite bestätigt', admin: 'von Hand entschieden' };

/** The report's "Stand": the time in Saxony, whatever the machine says. */
export const reportTime = (now: Date) => now.toLocaleString('de-DE', { timeZone: 'Europe/Berlin' });

/** Items in report order: open ones first, then by the checklist's groups. */
export function reportItems(progress: TenantProgress): ChecklistItem[] {
  const order = (i: ChecklistItem) => GROUPS.findIndex((g) => g.kinds.includes(i.kind));
  return Object.values(progress.items).sort((a, b) =>
    Number(a.status !== 'offen') - Number(b.status !== 'offen') || order(a) - order(b) || a.title.localeCompare(b.title, 'de'));
}

export function reportLine(item: ChecklistItem): string {
  const who = item.decidedBy === 'admin' ? decidedOn(WHO.admin, item) : item.decidedBy ? WHO[item.decidedBy] : '';
  return [item.status, who, evidence(item), item.note ? `Notiz: ${item.note}` : '']
    .filter(Boolean).join(' · ');
}

/** Markdown text; page-derived names are escaped so they stay text. */
export function reportMarkdown(progress: TenantProgress, now: Date): string {
  // Escaped: what would turn a name into markup, a link or a table cell of its own.
  const md = (text: string) => text.replace(/[\\`*_[\]()|<>]/g, '\\$&');
  const { done, total } = counts(progress);
  const lines = [
    `# Bereitschaftsbericht Amt24-Mandant ${md(progress.tenant)}`,
    '',
    `AdminCenter: ${md(progress.host)} (${ENV_LABEL[progress.env]})  `,
    `Stand: ${reportTime(now)}  `,
    `Erledigt: ${done} von ${total}`,
    '',
    '| Punkt | Status |',
    '| --- | --- |',
    ...reportItems(progress).map((i) => `| ${md(i.title)} | ${md(reportLine(i))} |`),
    '',
    '## Kontakte',
    ...CONTACTS.map((c) => `- ${md(c)}`),
    '',
  ];
  return lines.join('\n');
}
