// Tells the background what the page proves for the checklist (rules/facts.ts): on every pass what the
// page shows, on entering a view what it stored, and at the admin's own click on a saving button what is
// being saved (aktuell dialogs close the moment the admin saves). Reading only: passive listeners.
import { factsOf, factsOnEnter, factsOnSave } from '../../rules/facts';
import type { Fact } from '../../rules/checklist';
import type { Snapshot } from '../../rules/types';
import { accessibleName } from '../../content/name';
import { roleOf } from '../../content/dom';
import { normalizeLabel } from '../../shared/text';
import { send } from '../../shared/messages';

export function createFactReporter(signal: AbortSignal) {
  let last: { s: Snapshot; view: string | undefined } | null = null;
  let lastSent = '';

  const report = (s: Snapshot, facts: Fact[]) => {
    // Without a readable Mandant the background uses the one the admin named for this AdminCenter.
    if (!facts.length) return;
    const message = { type: 'facts/seen' as const, url: location.href, tenant: s.tenant, dev: s.devBanner, facts };
    const key = JSON.stringify(message);
    if (key === lastSent) return;
    lastSent = key;
    send(message).catch(() => {});
  };

  document.addEventListener('click', (event) => {
    if (!event.isTrusted || !last) return;
    const button = event.composedPath().find((n) => n instanceof Element && roleOf(n) === 'button') as Element | undefined;
    // The snapshot from just before the click holds what the admin is saving.
    if (button) report(last.s, factsOnSave(last.s, last.view, normalizeLabel(accessibleName(button))));
  }, { capture: true, passive: true, signal });

  return {
    /** Called on every pass with the snapshot and the detected view. */
    seen(s: Snapshot, view: string | undefined) {
      const entered = view !== last?.view;
      last = { s, view };
      report(s, [...factsOf(s, view), ...(entered ? factsOnEnter(s, view) : [])]);
    },
  };
}
