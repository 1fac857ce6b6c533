// The IT's presets (browser policy → storage.managed): checked like the options page checks an address; a bad value
// is left out with a German notice, and a preset address cannot be removed by the admin.
import { describe, it, expect } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseManaged, readManaged } from '../../shared/managed';
import { handleMessage } from '../../background/background-handlers';
import { extraHostsItem } from '../../shared/storage';
import { granted, registered } from './fakes';
import { TASKS } from '../../rules/index';

const IDS = TASKS.map((t) => t.id);

describe('parseManaged', () => {
  it('takes https addresses and known task ids', () => {
    expect(parseManaged({ hosts: ['https://acdev.service-bw.de', 'https://acdev.service-bw.de/'], hideTasks: ['wartungsmodus'] }, IDS))
      .toEqual({ hosts: ['https://acdev.service-bw.de'], hideTasks: ['wartungsmodus'], notices: [] });
  });

  it('leaves out what does not fit, each with a notice, and keeps the rest', () => {
    const managed = parseManaged({ hosts: ['http://unsicher.example', 'https://*.beispiel.de', 42, 'https://ok.example.de', 'https://admincenter.amt24.sachsen.de'], hideTasks: ['gibtsnicht', 'bild'] }, IDS);
    expect(managed.hosts).toEqual(['https://ok.example.de']);
    expect(managed.hideTasks).toEqual(['bild']);
    expect(managed.notices).toEqual([
      'Die vorgegebene Adresse „http://unsicher.example“ wird nicht beachtet: Nur verschlüsselte Adressen (https://) sind erlaubt.',
      expect.stringMatching(/^Die vorgegebene Adresse „https:\/\/\*\.beispiel\.de“ wird nicht beachtet: .*ohne Platzhalter/),
      'Die vorgegebene Adresse „42“ wird nicht beachtet: Das ist keine Adresse.',
      expect.stringMatching(/^„gibtsnicht“ ist keine Anleitung des Wegweisers .* Bekannt sind: impressum, datenschutz, /),
    ]);
  });

  it('ignores a value that is no list, and anything but an object', () => {
    expect(parseManaged({ hosts: 'https://a.example.de' }, IDS)).toMatchObject({ hosts: [], notices: ['Die Vorgabe „hosts“ Ihrer IT ist keine Liste und wird nicht beachtet.'] });
    expect(parseManaged(null, IDS)).toEqual({ hosts: [], hideTasks: [], notices: [] });
    expect(parseManaged('x', IDS)).toEqual({ hosts: [], hideTasks: [], notices: [] });
  });
});

describe('managed addresses in the background', () => {
  it('reads the policy, registers the content script where the browser allows it, and refuses to remove a preset address', async () => {
    await fakeBrowser.storage.managed.set({ hosts: ['https://a.example.de', 'https://b.example.de'] });
    expect((await readManaged()).hosts).toEqual(['https://a.example.de', 'https://b.example.de']);
    granted.add('https://a.example.de/*');
    await handleMessage({ type: 'hosts/remove', origin: 'https://b.example.de' }, undefined).then((reply) =>
      expect(reply).toEqual({ ok: false, error: 'https://b.example.de hat Ihre IT vorgegeben: Diese Adresse lässt sich hier nicht entfernen.' }));
    // Adding one of the admin's own syncs all: the preset one the browser allows is registered too.
    granted.add('https://c.example.de/*');
    expect(await handleMessage({ type: 'hosts/add', origin: 'https://c.example.de' }, undefined)).toEqual({ ok: true });
    expect([...registered.values()].flatMap((s) => s.matches)).toEqual(['https://c.example.de/*', 'https://a.example.de/*']);
    expect(await extraHostsItem.getValue()).toEqual(['https://c.example.de']);
    expect(await handleMessage({ type: 'hosts/add', origin: 'https://a.example.de' }, undefined)).toEqual({ ok: false, error: 'https://a.example.de ist bereits in der Liste.' });
  });
});
