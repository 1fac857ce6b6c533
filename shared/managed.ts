// What an IT department presets by browser policy (Chrome/Edge: 3rdparty extension policy with the schema
// public/managed_schema.json; Firefox: policies.json, 3rdparty → Extensions). Checked by hand, like the options
// page checks an address: a bad value is left out with a German notice, never trusted and never fatal.
import { browser } from 'wxt/browser';
import { DEFAULT_HOSTS, parseHostInput } from './hosts';
import { TASKS } from '../rules/index';

export interface Managed {
  /** further AdminCenter origins, https only */
  hosts: string[];
  /** ids of guide tasks not to show */
  hideTasks: string[];
  /** what was left out, and why, for the options page */
  notices: string[];
}

export const NO_POLICY: Managed = { hosts: [], hideTasks: [], notices: [] };

const list = (raw: unknown, key: string, notices: string[]): unknown[] => {
  if (raw === undefined) return [];
  if (Array.isArray(raw)) return raw;
  notices.push(`Die Vorgabe „${key}“ Ihrer IT ist keine Liste und wird nicht beachtet.`);
  return [];
};

/** The policy's values, checked; `taskIds` are the guide's tasks (from the registry). */
export function parseManaged(raw: unknown, taskIds: readonly string[]): Managed {
  const notices: string[] = [];
  const source = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const hosts: string[] = [];
  for (const entry of list(source.hosts, 'hosts', notices).slice(0, 50)) {
    const parsed = typeof entry === 'string' ? parseHostInput(entry) : { error: 'Das ist keine Adresse.' };
    if ('error' in parsed) notices.push(`Die vorgegebene Adresse „${String(entry).slice(0, 200)}“ wird nicht beachtet: ${parsed.error}`);
    else if (!hosts.includes(parsed.origin) && !(DEFAULT_HOSTS as readonly string[]).includes(parsed.origin)) hosts.push(parsed.origin);
  }
  const hideTasks: string[] = [];
  for (const entry of list(source.hideTasks, 'hideTasks', notices).slice(0, 50)) {
    if (typeof entry === 'string' && taskIds.includes(entry)) hideTasks.push(entry);
    else notices.push(`„${String(entry).slice(0, 100)}“ ist keine Anleitung des Wegweisers und wird nicht ausgeblendet. Bekannt sind: ${taskIds.join(', ')}.`);
  }
  return { hosts, hideTasks, notices };
}

let latest: Managed | null = null;
let reading: Promise<Managed> | null = null;
const refresh = () => (reading = readManaged().then((managed) => (latest = managed)));

/**
 * The background's read, kept: a fresh Chromium answers its first read of managed storage only after about 3 s,
 * and no message should wait that long again. After a change of the policy the last read serves until the new one is in.
 */
export const managedOnce = (): Promise<Managed> => (latest ? Promise.resolve(latest) : reading ?? refresh());

/**
 * For an answer to the admin's click: the kept read, or the first one if it comes within `ms`; else, in a browser
 * that has just started, what the panels show meanwhile (they read the policy themselves) — nothing preset.
 */
export const managedSoon = (ms = 300): Promise<Managed> =>
  Promise.race([managedOnce(), new Promise<Managed>((done) => setTimeout(() => done(latest ?? NO_POLICY), ms))]);

/** The policy changed (storage.onChanged, area `managed`): read it anew. */
export const managedChanged = (): Promise<Managed> => refresh();

/** Forgets the kept read (the fake browser of the unit tests starts anew for each test). */
export const forgetManaged = () => { latest = null; reading = null; };

/** The policy as the browser holds it; without one (the usual case) nothing is preset. */
export async function readManaged(taskIds: readonly string[] = TASKS.map((t) => t.id)): Promise<Managed> {
  try {
    return parseManaged(await browser.storage.managed.get(null), taskIds);
  } catch {
    // Firefox rejects when no policy names the extension; Chrome without a policy answers {}.
    return NO_POLICY;
  }
}
