// zod schemas for messages: only the background imports this (keeps zod out of the content script).
import { z } from 'zod';
import type { Message } from '../shared/messages';
import { kind, seen, status } from './progress-schema';

const generation = z.enum(['klassisch', 'aktuell']).nullable();
const origin = z.string().max(300);
const url = z.string().max(4000);
const name = z.string().min(1).max(500);
const tabId = z.number().int().min(0);
const fact = z.object({
  kind,
  name: z.string().max(500),
  seen,
}).strict();

export const messageSchema: z.ZodType<Message> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page/seen'), generation, url, tenant: name.nullable(), dev: z.boolean(), login: z.boolean(), known: z.boolean() }),
  z.object({ type: z.literal('facts/seen'), url, tenant: name.nullable(), dev: z.boolean(), facts: z.array(fact).max(50) }),
  z.object({ type: z.literal('tenant/name'), origin, tenant: z.string().max(2000) }),
  z.object({ type: z.literal('item/decide'), key: z.string().max(1200), id: z.string().max(700), status: status.optional(), note: z.string().max(2000).optional() }),
  z.object({ type: z.literal('hosts/add'), origin }),
  z.object({ type: z.literal('hosts/remove'), origin }),
  z.object({ type: z.literal('guide/start'), taskId: z.string().max(100), tabId: tabId.optional() }),
  z.object({ type: z.literal('guide/set'), taskId: z.string().max(100), step: z.number().int().min(0).max(200), subject: z.string().max(500).optional() }),
  z.object({ type: z.literal('guide/stop'), tabId: tabId.optional() }),
  z.object({ type: z.literal('guide/mine') }),
  z.object({ type: z.literal('backup/export') }),
  // No length limit here: parseBackup refuses an oversized text with a German message.
  z.object({ type: z.literal('backup/import'), text: z.string(), mode: z.enum(['merge', 'replace']) }),
  // The step card asks for its own tab's page, an extension page for a tab it names: captured and anonymised here.
  z.object({ type: z.literal('diagnose/anonymise'), tabId: tabId.optional() }),
  z.object({ type: z.literal('data/clear') }),
]);
