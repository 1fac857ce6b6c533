// Every stored item of the extension, in one place, each with a version.
import { storage } from '#imports';
import type { Generation } from '../rules/generation';
import type { TenantProgress } from '../rules/checklist';

/** AdminCenter hosts the admin added on the options page (origins such as https://acdev.service-bw.de). */
export const extraHostsItem = storage.defineItem<string[]>('local:extraHosts', {
  fallback: [],
  version: 1,
});

export interface AdminCenterTab {
  tabId: number;
  origin: string;
  url: string;
  generation: Generation | null;
  seenAt: number;
  /** the tenant shown in that tab, as the key of its progress (host|Mandant), when one could be read */
  tenantKey?: string;
  /** a login form was on screen */
  login?: boolean;
  /** the page was one the guide knows */
  known?: boolean;
  /** the Mandant as the page shows it */
  tenant?: string | null;
}

/** The most recently used AdminCenter tab: the side panel opened as a tab follows it. */
export const lastAdminCenterTabItem = storage.defineItem<AdminCenterTab | null>('session:lastAdminCenterTab', {
  fallback: null,
  version: 1,
});

/** A running guide: which task, which step, what it remembered. Written by the background only. */
export interface GuideState {
  taskId: string;
  step: number;
  ctx: { subject?: string };
}

/**
 * The guide of each tab, by tab id: a guide runs in the tab it was started for. Session storage, as tab ids
 * last only as long as the browser session (read through stored-readers: validated).
 */
export const guidesItem = storage.defineItem<Record<string, GuideState>>('session:guides', {
  fallback: {},
  version: 1,
});

/** Per tab, the guide last ended or hidden there, so the keyboard command can bring it back. */
export const lastGuidesItem = storage.defineItem<Record<string, GuideState>>('session:lastGuides', {
  fallback: {},
  version: 1,
});

/** The one global guide of earlier versions (before guides ran per tab): removed on update. */
export const RETIRED_KEYS = ['local:guide', 'local:lastGuide'] as const;

/** The checklist of every tenant, by tenantKey (host|Mandant): dev and live never mix. Background writes only. */
export const progressItem = storage.defineItem<Record<string, TenantProgress>>('local:progress', {
  fallback: {},
  version: 1,
});

/** Stored checklists that did not fit the schema, kept aside (never deleted) for a later look. */
export const progressSetAsideItem = storage.defineItem<Record<string, unknown>>('local:progressSetAside', {
  fallback: {},
  version: 1,
});

/** Tenants the admin named by hand, per AdminCenter origin, for pages where no Mandant can be read. */
export const namedTenantsItem = storage.defineItem<Record<string, string>>('local:namedTenants', {
  fallback: {},
  version: 1,
});
