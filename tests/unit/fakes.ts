// In-memory stand-ins for the browser APIs that WXT's fakeBrowser leaves unimplemented
// (permissions, scripting), so background logic can be exercised without a browser; and the background's end of
// the pages' messages.
import { fakeBrowser } from 'wxt/testing/fake-browser';

export const granted = new Set<string>();
export const registered = new Map<string, { id: string; matches?: string[]; js?: string[] }>();
/** What the admin answers to the browser's permission prompt in the next request. */
export const prompt = { answer: true };

export function installPermissionFakes() {
  granted.clear();
  registered.clear();
  prompt.answer = true;
  const b = fakeBrowser as unknown as Record<string, unknown>;
  b.permissions = {
    contains: async ({ origins = [] }: { origins?: string[] }) => origins.every((o) => granted.has(o)),
    request: async ({ origins = [] }: { origins?: string[] }) => {
      if (prompt.answer) origins.forEach((o) => granted.add(o));
      return prompt.answer;
    },
    remove: async ({ origins = [] }: { origins?: string[] }) => { origins.forEach((o) => granted.delete(o)); return true; },
    onRemoved: { addListener() {}, removeListener() {} },
    onAdded: { addListener() {}, removeListener() {} },
  };
  b.scripting = {
    getRegisteredContentScripts: async ({ ids }: { ids?: string[] } = {}) =>
      [...registered.values()].filter((s) => !ids || ids.includes(s.id)),
    registerContentScripts: async (scripts: { id: string }[]) => {
      for (const s of scripts) {
        if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        registered.set(s.id, s);
      }
    },
    unregisterContentScripts: async ({ ids }: { ids: string[] }) => { ids.forEach((id) => registered.delete(id)); },
  };
}

/**
 * The extension's pages talk to the background; here `handler` answers their messages directly, as from no tab:
 * handleMessage, or receiveMessage to check them against the schema first. (Passed in: the background's modules
 * must not load with this file, which the setup imports before the fake browser is in place.)
 */
export function connectBackground<M>(handler: (message: M, tabId: undefined) => Promise<unknown>) {
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => handler(message as M, undefined));
}
