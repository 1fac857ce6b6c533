// What the background does with each message; it is the only writer of stored data.
import { browser } from 'wxt/browser';
import type { Message, Reply } from './messages';
import { extraHostsItem, guideItem, lastAdminCenterTabItem } from './storage';
import { taskById } from '../rules/index';
import { DEFAULT_HOSTS, parseHostInput, hostPattern } from './hosts';
import { syncContentScripts } from './content-registration';

export async function handleMessage(message: Message, tabId: number | undefined): Promise<Reply> {
  switch (message.type) {
    case 'page/seen': {
      if (tabId === undefined) return { ok: false, error: 'Kein Tab.' };
      await lastAdminCenterTabItem.setValue({
        tabId, url: message.url, origin: new URL(message.url).origin, generation: message.generation, seenAt: Date.now(),
      });
      return { ok: true };
    }
    case 'hosts/add': {
      const hosts = await extraHostsItem.getValue();
      const input = parseHostInput(message.origin, [...DEFAULT_HOSTS, ...hosts]);
      if ('error' in input) return { ok: false, error: input.error };
      if (!(await browser.permissions.contains({ origins: [hostPattern(input.origin)] }))) {
        return { ok: false, error: `Der Zugriff auf ${input.origin} wurde nicht erlaubt. Bitte bestätigen Sie die Nachfrage des Browsers.` };
      }
      await extraHostsItem.setValue([...hosts, input.origin]);
      await syncContentScripts([...hosts, input.origin]);
      return { ok: true };
    }
    case 'hosts/remove': {
      const hosts = await extraHostsItem.getValue();
      await extraHostsItem.setValue(hosts.filter((h) => h !== message.origin));
      await syncContentScripts(await extraHostsItem.getValue());
      await browser.permissions.remove({ origins: [hostPattern(message.origin)] }).catch(() => false);
      return { ok: true };
    }
    case 'guide/start': {
      const task = taskById(message.taskId);
      if (!task) return { ok: false, error: 'Diese Anleitung gibt es nicht.' };
      await guideItem.setValue({ taskId: task.id, step: 0, ctx: {} });
      return { ok: true };
    }
    case 'guide/set': {
      const task = taskById(message.taskId);
      const current = await guideItem.getValue();
      // A late message from a tab still showing an ended or other guide changes nothing.
      if (!task || current?.taskId !== task.id) return { ok: false, error: 'Keine laufende Anleitung.' };
      const step = Math.min(message.step, task.steps.length);
      await guideItem.setValue({ ...current, step, ctx: { ...current.ctx, ...(message.subject ? { subject: message.subject } : {}) } });
      return { ok: true };
    }
    case 'guide/stop':
      await guideItem.setValue(null);
      return { ok: true };
  }
}
