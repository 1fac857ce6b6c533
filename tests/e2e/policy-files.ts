// Real browser policy files, as an IT department writes them. CI runs as root; every test removes what it wrote.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Chromium (Debian) reads every JSON file in this folder as managed policy. */
export const chromiumPolicy = (name: string) => `/etc/chromium/policies/managed/admincenter-wegweiser-e2e-${name}.json`;
/** firefox-esr (Debian) reads its enterprise policies from this one file. */
export const FIREFOX_POLICY = '/usr/lib/firefox-esr/distribution/policies.json';
/** An address an IT department presets besides the AdminCenter's own (the practice AdminCenter answers there too). */
export const PRESET_HOST = 'https://acdev.service-bw.de';

/** Writes the policy file; returns what removes it again. */
export function writePolicy(path: string, content: unknown): () => void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(content));
  return () => rmSync(path, { force: true });
}
