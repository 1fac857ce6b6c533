// Messages to the background, the single writer. Types only: the content script stays small,
// the background validates every message with zod (background/message-schema.ts).
import { nativeApi } from './native-api';
import type { Fact, ItemStatus } from '../rules/checklist';
import type { Generation } from '../rules/generation';
import type { GuideState } from './storage';

export type Message =
  | { type: 'page/seen'; generation: Generation | null; url: string; tenant: string | null; dev: boolean; login: boolean; known: boolean }
  | { type: 'facts/seen'; url: string; tenant: string | null; dev: boolean; facts: Fact[] }
  | { type: 'tenant/name'; origin: string; tenant: string }
  | { type: 'item/decide'; key: string; id: string; status?: ItemStatus; note?: string }
  | { type: 'hosts/add'; origin: string }
  | { type: 'hosts/remove'; origin: string }
  // A guide belongs to one tab: a page's own; from the side panel or popup the tab they name, else the one they follow.
  | { type: 'guide/start'; taskId: string; tabId?: number }
  | { type: 'guide/set'; taskId: string; step: number; subject?: string }
  | { type: 'guide/stop'; tabId?: number }
  /** the content script asks for its tab's guide (it cannot know its tab id) */
  | { type: 'guide/mine' }
  | { type: 'backup/export' }
  | { type: 'backup/import'; text: string; mode: 'merge' | 'replace' }
  | { type: 'diagnose/anonymise'; tabId?: number }
  | { type: 'data/clear' };

/** `file`: the backup's text (backup/export), the anonymised Diagnose (diagnose/anonymise); `notice`: what was
 *  done, in German (backup/import, data/clear), what the Diagnose holds (diagnose/anonymise); `guide`: the asking tab's
 *  guide (guide/mine). */
export type Reply = { ok: true; file?: string; notice?: string; guide?: GuideState | null } | { ok: false; error: string };

/** The reply's notice to data/clear; the page shows it too if a reply should come without one. */
export const DATA_CLEARED = 'Alle gespeicherten Daten des Wegweisers in diesem Browser sind gelöscht.';

/** The background tells a tab each change of its guide (the content script does not read storage). */
export interface GuideChanged { type: 'guide/changed'; guide: GuideState | null }

export function send(message: Message): Promise<Reply> {
  return nativeApi.runtime.sendMessage(message) as Promise<Reply>;
}
