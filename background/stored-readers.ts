// The background's reads of the small stored items, each checked with its zod schema: something that
// does not fit is read as empty rather than trusted (only the background imports this: zod stays out of
// the content script and the panels); a guide is checked by shared/guide-shape.ts, as the panels check it.
import { z } from 'zod';
import { extraHostsItem, guidesItem, lastGuidesItem, namedTenantsItem, type GuideState } from '../shared/storage';
import { asGuide } from '../shared/guide-shape';

async function valid<T>(read: Promise<unknown>, schema: z.ZodType<T>, empty: T): Promise<T> {
  const parsed = schema.safeParse(await read);
  return parsed.success ? parsed.data : empty;
}

export const readHosts = () => valid(extraHostsItem.getValue(), z.array(z.string().regex(/^https:\/\/[^/\s]+$/)).max(50), []);
/** The guides by tab id: each entry is checked on its own, one that does not fit is left out (that tab has none). */
function validGuides(stored: unknown): Record<string, GuideState> {
  const guides: Record<string, GuideState> = {};
  if (!stored || typeof stored !== 'object') return guides;
  for (const [tab, guide] of Object.entries(stored)) {
    const checked = asGuide(guide);
    if (/^\d{1,10}$/.test(tab) && checked) guides[tab] = checked;
  }
  return guides;
}
export const readGuides = async () => validGuides(await guidesItem.getValue());
export const readLastGuides = async () => validGuides(await lastGuidesItem.getValue());
export const readNamedTenants = () => valid(namedTenantsItem.getValue(), z.record(z.string().max(300), z.string().min(1).max(200)), {});
