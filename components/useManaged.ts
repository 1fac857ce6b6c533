// The IT's presets for the options page: its addresses (and whether this browser may already work there) and
// what was left out. Read again when the policy changes.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { hostPattern } from '../shared/hosts';
import { NO_POLICY, readManaged } from '../shared/managed';

export interface ManagedView {
  hosts: { origin: string; granted: boolean }[];
  hideTasks: string[];
  notices: string[];
  refresh(): void;
}

export function useManaged(): ManagedView {
  const [state, setState] = useState<Omit<ManagedView, 'refresh'>>({ ...NO_POLICY, hosts: [] });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    void (async () => {
      const managed = await readManaged();
      const hosts = await Promise.all(managed.hosts.map(async (origin) =>
        ({ origin, granted: await browser.permissions.contains({ origins: [hostPattern(origin)] }).catch(() => false) })));
      if (live) setState({ ...managed, hosts });
    })();
    const onChange = (_changes: unknown, area: string) => area === 'managed' && setRound((n) => n + 1);
    browser.storage.onChanged.addListener(onChange);
    return () => { live = false; browser.storage.onChanged.removeListener(onChange); };
  }, [round]);
  return { ...state, refresh: () => setRound((n) => n + 1) };
}
