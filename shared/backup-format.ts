// The backup file: its envelope, name and limits. Zod-free, so the options page can use it too.
import type { TenantProgress } from '../rules/checklist';

export const BACKUP_FORMAT = 'admincenter-wegweiser-sicherung';
export const BACKUP_VERSION = 1;
/** Checked before a file is read or parsed: a backup of even hundreds of tenants stays far below this. */
export const MAX_BACKUP_BYTES = 5 * 1024 * 1024;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  progress: Record<string, TenantProgress>;
}

export function backupText(progress: Record<string, TenantProgress>, now: Date): string {
  const file: BackupFile = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), progress };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** e.g. admincenter-wegweiser-sicherung-2026-11-23.json (the admin's local date). */
export function backupFileName(now: Date): string {
  const day = now.toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });
  return `${BACKUP_FORMAT}-${day}.json`;
}

export const tooLargeProblem = (bytes: number) =>
  `Die Datei ist zu groß (${(bytes / 1024 / 1024).toLocaleString('de-DE', { maximumFractionDigits: 1 })} MB); eine Sicherung darf höchstens ${MAX_BACKUP_BYTES / 1024 / 1024} MB groß sein.`;

/** Every refused import says what is wrong and that nothing changed. */
export const notImported = (problem: string) => `${problem} Es wurde nichts eingelesen.`;

/** "kein Mandant", "1 Mandant", "3 Mandanten". */
export const tenants = (n: number) => (n === 0 ? 'kein Mandant' : n === 1 ? '1 Mandant' : `${n} Mandanten`);

/** What an import did, for the admin: how many tenants came in, and what happened to the others. */
export function importNotice(mode: 'merge' | 'replace', before: Record<string, unknown>, imported: Record<string, unknown>): string {
  const keys = Object.keys(imported);
  if (mode === 'replace') {
    return `Die Sicherung wurde eingelesen: Die Checklisten in diesem Browser wurden durch die der Datei ersetzt (${tenants(keys.length)}).`;
  }
  const both = keys.filter((k) => Object.hasOwn(before, k)).length;
  return `Die Sicherung wurde mit dem bisherigen Stand zusammengeführt: ${tenants(keys.length - both)} neu, ${tenants(both)} zusammengeführt.`;
}
