import { describe, it, expect } from 'vitest';
import { decide, emptyProgress, mergeFacts } from '../../rules/checklist';
import { reportItems, reportMarkdown } from '../../rules/report';

const T0 = Date.UTC(2026, 10, 23, 13, 3);

describe('readiness report', () => {
  const progress = decide(mergeFacts(emptyProgress('https://admincenter.amt24dev.sachsen.de', 'Freiberg', 'dev', T0), [
    { kind: 'impressum', name: '', seen: { saved: true } },
    { kind: 'prozess', name: 'KOMM24Hundesteueranmeldung', seen: { wartungsmodus: 'true' } },
  ], T0), 'bild', { status: 'nicht zutreffend', note: 'Wappen kommt vom Landkreis' }, T0);

  it('lists every item, the open points first', () => {
    const items = reportItems(progress);
    expect(items).toHaveLength(5);
    expect(items.slice(0, 3).map((i) => i.status)).toEqual(['offen', 'offen', 'offen']);
    expect(items.slice(3).map((i) => i.title)).toEqual(['Impressum', 'Logo / Bild']);
  });

  it('gives status, who decided, evidence, date and note, and the contacts', () => {
    const md = reportMarkdown(progress, new Date(T0));
    expect(md).toContain('# Bereitschaftsbericht Amt24-Mandant Freiberg');
    expect(md).toContain('Erledigt: 2 von 5');
    expect(md).toContain('| Impressum | erledigt · von der Seite bestätigt · Gesehen am 23.11.2026, 14:03: gespeichert mit Inhalt |');
    expect(md).toContain('| Logo / Bild | nicht zutreffend · von Hand entschieden am 23.11.2026, 14:03 · Notiz: Wappen kommt vom Landkreis |');
    expect(md).toContain('Wartungsmodus aus: KOMM24Hundesteueranmeldung | offen');
    expect(md).toContain('Support.onlineantrag@kisa.it');
  });

  it('keeps hostile names as text', () => {
    const hostile = mergeFacts(emptyProgress('https://admincenter.amt24dev.sachsen.de', '<img src=x onerror=alert(1)>', 'dev', T0), [], T0);
    expect(reportMarkdown(hostile, new Date(T0))).toContain('\\<img src=x onerror=alert\\(1\\)\\>');
  });
});
