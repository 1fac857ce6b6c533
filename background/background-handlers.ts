// What the background does with each message; it is the only writer of stored data.
import { browser } from 'wxt/browser';
import { DATA_CLEARED, type Message, type Reply } from '../shared/messages';
import { messageSchema } from './message-schema';
import { extraHostsItem, lastAdminCenterTabItem, namedTenantsItem, progressItem, progressSetAsideItem } from '../shared/storage';
import { tenantProgressSchema } from './progress-schema';
import { migrateEntry } from './progress-migration';
import { readHosts, readNamedTenants } from './stored-readers';
import { guideOf, setGuideStep, startGuide, stopGuide } from './guides';
import { decide, emptyProgress, mergeFacts, tenantKey } from '../rules/checklist';
import { DEFAULT_HOSTS, parseHostInput, hostPattern } from '../shared/hosts';
import { activeHosts, syncContentScripts } from './content-registration';
import { managedOnce, managedSoon } from '../shared/managed';
import { parseBackup } from './backup-parse';
import { backupText, importNotice, notImported } from '../shared/backup-format';
import { mergeProgress } from '../rules/checklist-merge';
import { anonymise, diagnoseSummary } from '../shared/diagnose-file';
import { captureTab } from '../shared/capture-tab';
import { clearAllData } from './clear-data';
import { showOpenItems } from './badge';

/**
 * A message as the browser delivers it: checked against its schema first; an unknown one is answered, not thrown.
 * `tabId`: the tab of the AdminCenter page that sent it (see pageTab), none from the extension's own pages.
 */
export function receiveMessage(raw: unknown, tabId: number | undefined): Promise<Reply> {
  const parsed = messageSchema.safeParse(raw);
  if (!parsed.success) return Promise.resolve({ ok: false, error: 'Unbekannte Nachricht.' });
  return handleMessage(parsed.data, tabId);
}

export async function handleMessage(message: Message, tabId: number | undefined): Promise<Reply> {
  switch (message.type) {
    case 'page/seen': {
      if (tabId === undefined) return { ok: false, error: 'Kein Tab.' };
      const origin = new URL(message.url).origin;
      const tenant = await tenantOf(origin, message.tenant);
      await lastAdminCenterTabItem.setValue({
        tabId, url: message.url, origin, generation: message.generation, seenAt: Date.now(), login: message.login, known: message.known, tenant: message.tenant,
        tenantKey: tenant ? tenantKey(origin, tenant) : undefined,
      });
      if (tenant) await showOpenItems(tabId, (await ensureTenant(origin, tenant, message.dev)).progress);
      return { ok: true };
    }
    case 'facts/seen': {
      const origin = new URL(message.url).origin;
      const tenant = await tenantOf(origin, message.tenant);
      if (!tenant) return { ok: false, error: 'Der Mandant ist nicht bekannt.' };
      const { all, progress } = await ensureTenant(origin, tenant, message.dev);
      const merged = mergeFacts(progress, message.facts, Date.now());
      await progressItem.setValue({ ...all, [progress.key]: merged });
      if (tabId !== undefined) await showOpenItems(tabId, merged);
      return { ok: true };
    }
    case 'tenant/name': {
      const tenant = message.tenant.replace(/\s+/g, ' ').trim();
      if (!tenant) return { ok: false, error: 'Bitte geben Sie den Namen Ihres Mandanten ein, z. B. Freiberg.' };
      if (tenant.length > 200 || /[\u0000-\u001f<>]/.test(tenant)) return { ok: false, error: 'Der Name darf höchstens 200 Zeichen lang sein und keine Zeichen wie < oder > enthalten.' };
      let origin: string;
      try { origin = new URL(message.origin).origin; } catch { return { ok: false, error: 'Unbekannte AdminCenter-Adresse.' }; }
      await namedTenantsItem.setValue({ ...(await readNamedTenants()), [origin]: tenant });
      const tab = await lastAdminCenterTabItem.getValue();
      if (tab?.origin === origin && !tab.tenantKey) await lastAdminCenterTabItem.setValue({ ...tab, tenantKey: tenantKey(origin, tenant) });
      await ensureTenant(origin, tenant, false);
      return { ok: true };
    }
    case 'item/decide': {
      const all = await readProgress();
      const progress = all[message.key];
      if (!progress?.items[message.id]) return { ok: false, error: 'Diesen Punkt gibt es nicht.' };
      await progressItem.setValue({ ...all, [message.key]: decide(progress, message.id, message, Date.now()) });
      return { ok: true };
    }
    case 'hosts/add': {
      const hosts = await readHosts();
      const input = parseHostInput(message.origin, [...DEFAULT_HOSTS, ...hosts, ...(await managedOnce()).hosts]);
      if ('error' in input) return { ok: false, error: input.error };
      if (!(await browser.permissions.contains({ origins: [hostPattern(input.origin)] }))) {
        return { ok: false, error: `Der Zugriff auf ${input.origin} wurde nicht erlaubt. Bitte bestätigen Sie die Nachfrage des Browsers.` };
      }
      await extraHostsItem.setValue([...hosts, input.origin]);
      await syncContentScripts(await activeHosts());
      return { ok: true };
    }
    case 'hosts/remove': {
      if ((await managedOnce()).hosts.includes(message.origin)) {
        return { ok: false, error: `${message.origin} hat Ihre IT vorgegeben: Diese Adresse lässt sich hier nicht entfernen.` };
      }
      const hosts = await readHosts();
      await extraHostsItem.setValue(hosts.filter((h) => h !== message.origin));
      await syncContentScripts(await activeHosts());
      await browser.permissions.remove({ origins: [hostPattern(message.origin)] }).catch(() => false);
      return { ok: true };
    }
    case 'guide/start':
      // A task the IT hides by policy is offered nowhere; a start from elsewhere is refused too.
      if ((await managedSoon()).hideTasks.includes(message.taskId)) return { ok: false, error: 'Diese Anleitung hat Ihre IT ausgeblendet.' };
      return startGuide(message.taskId, tabId, message.tabId);
    case 'guide/set':
      return setGuideStep(message, tabId);
    case 'guide/stop':
      return stopGuide(tabId, message.tabId);
    case 'guide/mine':
      return guideOf(tabId);
    case 'backup/export':
      // Read through the schema: what is exported can always be imported again.
      return { ok: true, file: backupText(await readProgress(), new Date()) };
    case 'diagnose/anonymise': {
      // The step card's "Seite für den Support speichern": anonymised here, before it reaches the page as a file.
      try {
        // The capture checked against its shape: the anonymiser then reads it defensively.
        // A content script's own tab; an extension page (no tab of its own) names the AdminCenter tab.
        const target = tabId ?? message.tabId;
        const raw = target === undefined ? null : await captureTab(target);
        if (!raw) throw new Error('no capture');
        const file = anonymise(raw, { now: new Date(), browser: navigator.userAgent, extension: browser.runtime.getManifest().version });
        return { ok: true, file: `${JSON.stringify(file, null, 2)}\n`, notice: diagnoseSummary(file) };
      } catch {
        return { ok: false, error: 'Die Beschreibung der Seite ließ sich nicht lesen. Speichern Sie die Diagnose bitte über die Seitenleiste.' };
      }
    }
    case 'data/clear':
      // The Datenschutz page's "Alle gespeicherten Daten löschen", after the admin confirmed it there.
      await clearAllData();
      return { ok: true, notice: DATA_CLEARED };
    case 'backup/import': {
      // The whole file is checked before the one write below: it is taken completely or not at all.
      const backup = parseBackup(message.text);
      if (!backup.ok) return { ok: false, error: notImported(backup.error) };
      const current = message.mode === 'merge' ? await readProgress() : {};
      try {
        await progressItem.setValue(message.mode === 'merge' ? mergeProgress(current, backup.progress) : backup.progress);
      } catch {
        // One storage write: when the browser refuses it (quota), nothing of the file was stored.
        return { ok: false, error: notImported('Der Browser konnte die Checklisten nicht speichern (ist sein Speicher voll?).') };
      }
      return { ok: true, notice: importNotice(message.mode, current, backup.progress) };
    }
  }
}

/** The Mandant as the page shows it, else as the admin named it for this AdminCenter. */
async function tenantOf(origin: string, shown: string | null): Promise<string | undefined> {
  return shown ?? (await readNamedTenants())[origin];
}

/**
 * The stored progress of a tenant, created with the fixed items the first time the tenant is seen, and
 * all stored progress with it (one read).
 */
async function ensureTenant(host: string, tenant: string, banner: boolean) {
  const all = await readProgress();
  const key = tenantKey(host, tenant);
  if (all[key]) return { all, progress: all[key] };
  // The dev banner, or a development host name (amt24dev, acdev), tells the environment.
  const dev = banner || /dev/i.test(new URL(host).hostname);
  const progress = emptyProgress(host, tenant, dev ? 'dev' : 'live', Date.now());
  const created = { ...all, [key]: progress };
  await progressItem.setValue(created);
  return { all: created, progress };
}

/**
 * The stored checklists, each brought to the current schema and checked against it. One that does not
 * fit (damaged, or written by something else) is moved aside as it was stored, never deleted, and the
 * others stay as they are. Migrated entries are written back in the same single write.
 */
export async function readProgress() {
  const all = await progressItem.getValue();
  const valid: typeof all = {};
  const aside: Record<string, unknown> = {};
  let migrated = false;
  for (const [key, entry] of Object.entries(all)) {
    const current = migrateEntry(entry);
    const parsed = tenantProgressSchema.safeParse(current);
    if (parsed.success && parsed.data.key === key) {
      valid[key] = parsed.data;
      migrated ||= current !== entry;
    } else aside[key] = entry;
  }
  if (Object.keys(aside).length) await progressSetAsideItem.setValue({ ...(await progressSetAsideItem.getValue()), ...aside });
  if (Object.keys(aside).length || migrated) await progressItem.setValue(valid);
  return valid;
}
