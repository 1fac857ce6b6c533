// Checklists and backup files for the backup tests: a known stored state and a valid file to vary.
import { emptyProgress, mergeFacts, decide, type TenantProgress } from '../../rules/checklist';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../shared/backup-format';

export const DEV = 'https://admincenter.amt24dev.sachsen.de';
export const LIVE = 'https://admincenter.amt24.sachsen.de';

/** Freiberg on dev: Impressum proven by the page, Logo ticked by the admin with a note, one OE seen. */
export function freiberg(now = 1_700_000_000_000): TenantProgress {
  let p = emptyProgress(DEV, 'Freiberg', 'dev', now);
  p = mergeFacts(p, [{ kind: 'impressum', name: '', seen: { saved: true } }], now + 1000);
  p = mergeFacts(p, [{ kind: 'oe', name: 'Standesamt', seen: { version: 'Version 1.0', email: 'a@b.de', telefon: null } }], now + 2000);
  return decide(p, 'bild', { status: 'erledigt', note: 'Logo liegt bei der Pressestelle' }, now + 3000);
}

export function mittelsachsen(now = 1_700_000_500_000): TenantProgress {
  return emptyProgress(LIVE, 'Landratsamt Mittelsachsen', 'live', now);
}

export const asRecord = (...all: TenantProgress[]) => Object.fromEntries(all.map((p) => [p.key, p]));

export function backupOf(progress: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: '2026-11-23T13:03:00.000Z', progress, ...extra };
}

export const backupJson = (progress: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  JSON.stringify(backupOf(progress, extra), null, 2);
