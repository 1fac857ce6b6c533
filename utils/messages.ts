// Messages to the background, the single writer. Types only: the content script stays small,
// the background validates every message with zod (utils/message-schema.ts).
import { nativeApi } from './native-api';
import type { Fact, ItemStatus } from '../rules/checklist';
import type { Generation } from '../rules/generation';

export type Message =
  | { type: 'page/seen'; generation: Generation | null; url: string; tenant: string | null; dev: boolean; login: boolean; known: boolean }
  | { type: 'facts/seen'; url: string; tenant: string | null; dev: boolean; facts: Fact[] }
  | { type: 'tenant/name'; origin: string; tenant: string }
  | { type: 'item/decide'; key: string; id: string; status?: ItemStatus; note?: string }
  | { type: 'hosts/add'; origin: string }
  | { type: 'hosts/remove'; origin: string }
  | { type: 'guide/start'; taskId: string }
  | { type: 'guide/set'; taskId: string; step: number; subject?: string }
  | { type: 'guide/stop' }
  | { type: 'backup/export' }
  | { type: 'backup/import'; text: string; mode: 'merge' | 'replace' }
  | { type: 'diagnose/anonymise'; tabId?: number }
  | { type: 'data/clear' };

/** `file`: the backup's text (backup/export), the anonymised Diagnose (diagnose/anonymise); `notice`: what was
 *  done, in German (backup/import, data/clear), what the Diagnose holds (diagnose/anonymise). */
export type Reply = { ok: true; file?: string; notice?: string } | { ok: false; error: string };

export function send(message: Message): Promise<Reply> {
  return nativeApi.runtime.sendMessage(message) as Promise<Reply>;
}
