// Labels and orderings of a tenant's checklist, shared by the side panel and the popup.
import { ENV_LABEL, FIXED_ITEMS, GROUPS, type ChecklistItem, type TenantProgress } from '../rules/checklist';

export { ENV_LABEL };

/** The host without scheme, as the admin sees it in the address bar. */
export function hostOf(origin: string): string {
  try { return new URL(origin).host; } catch { return origin; }
}

/** "Freiberg (admincenter.amt24dev.sachsen.de, Entwicklungsumgebung)": dev and live of one Mandant stay apart. */
export const tenantLabel = (p: TenantProgress) => `${p.tenant} (${hostOf(p.host)}, ${ENV_LABEL[p.env]})`;

/** The items of one group: fixed items in the guide's order, named ones alphabetically. */
export function itemsOfGroup(progress: TenantProgress, kinds: ChecklistItem['kind'][]): ChecklistItem[] {
  const fixed = FIXED_ITEMS.map((f) => f.kind as string);
  return Object.values(progress.items)
    .filter((item) => kinds.includes(item.kind))
    .sort((a, b) => (fixed.indexOf(a.kind) - fixed.indexOf(b.kind)) || a.title.localeCompare(b.title, 'de'));
}

/** The first open item in the order of the side panel: the recommended next step. */
export function nextOpenItem(progress: TenantProgress): ChecklistItem | undefined {
  for (const group of GROUPS) {
    const open = itemsOfGroup(progress, group.kinds).find((item) => item.status === 'offen');
    if (open) return open;
  }
  return undefined;
}

/** Stored tenants sorted by name, then dev before live. */
export const sortedTenants = (all: Record<string, TenantProgress>) =>
  Object.values(all).sort((a, b) => a.tenant.localeCompare(b.tenant, 'de') || a.env.localeCompare(b.env) || a.host.localeCompare(b.host));
