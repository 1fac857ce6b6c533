// The background's reads of the small stored items, each checked with its zod schema: something that
// does not fit is read as empty rather than trusted (only the background imports this: zod stays out of
// the content script).
import { z } from 'zod';
import { extraHostsItem, guideItem, lastGuideItem, namedTenantsItem, type GuideState } from './storage';

const guideSchema: z.ZodType<GuideState> = z.object({
  taskId: z.string().max(100),
  step: z.number().int().min(0).max(200),
  ctx: z.object({ subject: z.string().max(500).optional() }),
});

async function valid<T>(read: Promise<unknown>, schema: z.ZodType<T>, empty: T): Promise<T> {
  const parsed = schema.safeParse(await read);
  return parsed.success ? parsed.data : empty;
}

export const readHosts = () => valid(extraHostsItem.getValue(), z.array(z.string().regex(/^https:\/\/[^/\s]+$/)).max(50), []);
export const readGuide = () => valid(guideItem.getValue(), guideSchema.nullable(), null);
export const readLastGuide = () => valid(lastGuideItem.getValue(), guideSchema.nullable(), null);
export const readNamedTenants = () => valid(namedTenantsItem.getValue(), z.record(z.string().max(300), z.string().min(1).max(200)), {});
