// The IT's presets as the panels and the options page read them: addresses, hidden tasks, and what was left out.
// Read again when the policy changes.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { NO_POLICY, readManaged, type Managed } from '../shared/managed';

export interface ManagedView extends Managed {
  /** reads the policy again */
  refresh(): void;
}

export function useManaged(): ManagedView {
  const [managed, setManaged] = useState<Managed>(NO_POLICY);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    void readManaged().then((read) => live && setManaged(read));
    const onChange = (_changes: unknown, area: string) => area === 'managed' && setRound((n) => n + 1);
    browser.storage.onChanged.addListener(onChange);
    return () => { live = false; browser.storage.onChanged.removeListener(onChange); };
  }, [round]);
  return { ...managed, refresh: () => setRound((n) => n + 1) };
}
