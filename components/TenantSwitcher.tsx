import { useId } from 'preact/hooks';
import type { TenantProgress } from '../rules/checklist';
import { sortedTenants, tenantLabel } from './tenant';

/** Lets the admin look at any stored tenant, e.g. the live Mandant while the dev tab is in front. */
export function TenantSwitcher({ all, current, onPick }: { all: Record<string, TenantProgress>; current?: string; onPick: (key: string) => void }) {
  const id = useId();
  const tenants = sortedTenants(all);
  if (!tenants.length) return null;
  const shown = current ? all[current] : undefined;
  return (
    <p class="switcher">
      <label for={id}>Mandant anzeigen</label>
      {/* The field shrinks to the panel and cuts its text; the options and the tooltip keep the full label. */}
      <select id={id} value={current ?? ''} title={shown ? tenantLabel(shown) : undefined}
        onChange={(e) => onPick((e.currentTarget as HTMLSelectElement).value)}>
        {!current && <option value="">Bitte wählen …</option>}
        {tenants.map((p) => <option key={p.key} value={p.key}>{tenantLabel(p)}</option>)}
      </select>
    </p>
  );
}
