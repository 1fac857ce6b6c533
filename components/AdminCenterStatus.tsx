import type { AdminCenterTab } from '../utils/storage';
import { GENERATION_NAMES } from '../rules/generation';

/** What the extension recognised in the AdminCenter tab, in the admin's words. */
export function AdminCenterStatus({ tab }: { tab: AdminCenterTab | null | undefined }) {
  if (tab === undefined) return null;
  if (!tab) {
    return <p class="status-line">Öffnen Sie das Amt24 AdminCenter in einem Tab. Der Wegweiser erkennt es dann von selbst.</p>;
  }
  return (
    <p class="status-line" data-testid="adminCenterStatus">
      AdminCenter <strong>{new URL(tab.origin).host}</strong>:{' '}
      {tab.generation ? `${GENERATION_NAMES[tab.generation]} erkannt` : 'Bitte melden Sie sich an'}.
    </p>
  );
}
