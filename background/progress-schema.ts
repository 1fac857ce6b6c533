// zod schema of the stored checklist: only the background imports this (keeps zod out of the content script).
import { z } from 'zod';
import { ITEM_KINDS, PROGRESS_SCHEMA, type TenantProgress } from '../rules/checklist';

export const kind = z.enum(ITEM_KINDS);
export const status = z.enum(['offen', 'erledigt', 'nicht zutreffend']);
export const seen = z.object({
  saved: z.boolean().optional(),
  version: z.string().max(50).optional(),
  email: z.string().max(500).nullable().optional(),
  telefon: z.string().max(500).nullable().optional(),
  wartungsmodus: z.string().max(50).optional(),
  kisa: z.boolean().optional(),
}).strict();

const item = z.object({
  id: z.string().max(700),
  kind,
  title: z.string().max(700),
  status,
  decidedBy: z.enum(['seite', 'admin']).nullable(),
  seen,
  seenAt: z.number().optional(),
  decidedAt: z.number().optional(),
  note: z.string().max(2000).optional(),
});

export const tenantProgressSchema: z.ZodType<TenantProgress> = z.object({
  schema: z.literal(PROGRESS_SCHEMA),
  key: z.string().max(1200),
  host: z.string().max(300),
  tenant: z.string().min(1).max(500),
  env: z.enum(['dev', 'live']),
  items: z.record(z.string(), item),
  updatedAt: z.number(),
});
