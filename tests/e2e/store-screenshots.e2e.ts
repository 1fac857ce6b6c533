// `npm run store:screenshots` keeps working: the script makes every picture store/beschreibung.md lists, each a
// PNG of exactly 1280 × 800 (the Chrome Web Store takes no other size but 640 × 400).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it, expect } from 'vitest';

it('makes the listed screenshots at 1280 × 800 from the built extension', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wegweiser-store-shots-'));
  try {
    execFileSync('node', ['scripts/store-screenshots.mjs'], { env: { ...process.env, STORE_SHOTS_DIR: dir }, stdio: 'pipe' });
    const listed = [...readFileSync('store/beschreibung.md', 'utf8').matchAll(/`screenshots\/([^`]+\.png)`/g)].map((m) => m[1]);
    expect(readdirSync(dir).sort()).toEqual(listed.sort());
    for (const file of listed) {
      const png = readFileSync(join(dir, file));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], file).toEqual([1280, 800]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
