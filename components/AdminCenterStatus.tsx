import type { AdminCenterTab } from '../shared/storage';
import { statusText } from '../rules/status';

/** What the extension recognised in the AdminCenter tab, in the admin's words. */
export function AdminCenterStatus({ tab }: { tab: AdminCenterTab | null | undefined }) {
  if (tab === undefined) return null;
  if (!tab) {
    return <p class="status-line">Öffnen Sie das Amt24 AdminCenter in einem Tab. Der Wegweiser erkennt es dann von selbst.</p>;
  }
  return (
    <p class="status-line" data-testid="adminCenterStatus">
      AdminCenter <strong>{new URL(tab.origin).host}</strong>:{' '}
      {statusText({ generation: tab.generation, login: !!tab.login, known: tab.known ?? !!tab.generation, tenant: tab.tenant ?? null })}
    </p>
  );
}
