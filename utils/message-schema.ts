// zod schemas for messages: only the background imports this (keeps zod out of the content script).
import { z } from 'zod';
import type { Message } from './messages';

const generation = z.enum(['klassisch', 'aktuell']).nullable();
const origin = z.string().max(300);

export const messageSchema: z.ZodType<Message> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page/seen'), generation, url: z.string().max(4000) }),
  z.object({ type: z.literal('hosts/add'), origin }),
  z.object({ type: z.literal('hosts/remove'), origin }),
  z.object({ type: z.literal('guide/start'), taskId: z.string().max(100) }),
  z.object({ type: z.literal('guide/set'), taskId: z.string().max(100), step: z.number().int().min(0).max(200), subject: z.string().max(500).optional() }),
  z.object({ type: z.literal('guide/stop') }),
]);
