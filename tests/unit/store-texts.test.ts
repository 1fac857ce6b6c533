// The store texts (store/beschreibung.md) fit the stores' limits, match the manifest, justify every permission the
// manifest asks for, and list screenshots that exist at the size the Chrome Web Store takes.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import config from '../../wxt.config';

const MD = readFileSync('store/beschreibung.md', 'utf8');
/** Each `## ` section's body, by its heading. */
const sections = Object.fromEntries(MD.split(/^## /m).slice(1).map((part) => {
  const [title, ...body] = part.split('\n');
  return [title.trim(), body.join('\n')];
}));
/** The text to paste into a store field: the section's ```text block. */
const field = (title: string) => {
  const block = sections[title]?.match(/```text\n([\s\S]*?)\n```/);
  if (!block) throw new Error(`Abschnitt „${title}“ ohne Textblock`);
  return block[1];
};

type Manifest = { name: string; description: string; permissions: string[]; host_permissions?: string[]; optional_host_permissions?: string[]; optional_permissions?: string[] };
const manifestFor = (browser: 'chrome' | 'firefox') => {
  const fn = config.manifest as unknown as (env: object) => Manifest;
  return fn({ browser, manifestVersion: browser === 'firefox' ? 2 : 3, mode: 'production', command: 'build' });
};

describe('store texts', () => {
  const chrome = manifestFor('chrome');

  it('name: the manifest\'s, at most 45 characters (Chrome Web Store)', () => {
    expect(field('Name')).toBe(chrome.name);
    expect(field('Name').length).toBeLessThanOrEqual(45);
  });

  it('short description: the manifest\'s, at most 132 characters (Chrome Web Store)', () => {
    expect(field('Kurzbeschreibung')).toBe(chrome.description);
    expect(field('Kurzbeschreibung').length).toBeLessThanOrEqual(132);
    expect(manifestFor('firefox').description).toBe(chrome.description);
  });

  it('AMO summary: at most 250 characters', () => {
    const summary = field('Zusammenfassung für addons.mozilla.org');
    console.log(`Store-Texte: Name ${field('Name').length}/45, Kurzbeschreibung ${field('Kurzbeschreibung').length}/132, AMO-Zusammenfassung ${summary.length}/250 Zeichen`);
    expect(summary.length).toBeLessThanOrEqual(250);
  });

  it('long description: plain text within 16,000 characters; single purpose and privacy summary present', () => {
    const long = field('Ausführliche Beschreibung');
    expect(long.length).toBeGreaterThan(500);
    expect(long.length).toBeLessThanOrEqual(16_000);
    // The Chrome Web Store shows no Markdown.
    expect(long).not.toMatch(/\*\*|^#|`/m);
    expect(field('Alleiniger Zweck').length).toBeLessThanOrEqual(1000);
    expect(field('Datenschutz')).toContain('keine Netzwerkanfragen');
  });

  it('justifies every permission and host either manifest asks for', () => {
    const firefox = manifestFor('firefox');
    const asked = new Set([chrome, firefox].flatMap((m) => [...m.permissions, ...(m.host_permissions ?? []), ...(m.optional_host_permissions ?? []), ...(m.optional_permissions ?? [])]));
    const justified = sections['Berechtigungen'].replace(/\\\*/g, '*');
    for (const permission of asked) expect(justified, permission).toContain(`**${permission}`);
  });

  it('names a category for each store', () => {
    expect(sections['Kategorie']).toMatch(/Chrome Web Store: \S/);
    expect(sections['Kategorie']).toMatch(/Edge-Add-ons: \S/);
    expect(sections['Kategorie']).toMatch(/addons\.mozilla\.org: \S/);
  });

  it('lists the screenshots in store/screenshots, each a PNG of 1280 × 800', () => {
    const listed = [...sections['Bildschirmfotos'].matchAll(/`screenshots\/([^`]+\.png)`/g)].map((m) => m[1]);
    expect(listed.sort()).toEqual(readdirSync('store/screenshots').filter((f) => f.endsWith('.png')).sort());
    expect(listed.length).toBeGreaterThanOrEqual(3);
    for (const file of listed) {
      const png = readFileSync(`store/screenshots/${file}`);
      expect(png.subarray(1, 4).toString(), file).toBe('PNG');
      // IHDR: width and height, big-endian, at bytes 16 and 20.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], file).toEqual([1280, 800]);
    }
  });
});
