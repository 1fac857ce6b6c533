// Least privilege, checked on the manifests that are shipped (built by npm test before this runs).
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const BUILDS = { chrome: '.output/chrome-mv3', firefox: '.output/firefox-mv2' } as const;
const ADMINCENTER = ['https://admincenter.amt24dev.sachsen.de/*', 'https://admincenter.amt24.sachsen.de/*'];
const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

describe.each(Object.entries(BUILDS))('%s manifest', (browser, dir) => {
  const m = manifest(dir);

  it('asks only for storage, the side panel (Chrome) and scripting, and only for the AdminCenter hosts', () => {
    const hosts = browser === 'chrome' ? m.host_permissions : m.permissions.filter((p: string) => p.includes('://'));
    const apis = (m.permissions as string[]).filter((p) => !p.includes('://'));
    expect(apis.sort()).toEqual(browser === 'chrome' ? ['scripting', 'sidePanel', 'storage'] : ['scripting', 'storage']);
    expect(hosts.sort()).toEqual([...ADMINCENTER].sort());
    expect(JSON.stringify(m)).not.toContain('<all_urls>');
    // Further hosts only on request, one by one, from the options page.
    expect(browser === 'chrome' ? m.optional_host_permissions : m.optional_permissions).toEqual(['https://*/*']);
  });

  it('runs the content script only on the AdminCenter hosts and loads no remote code', () => {
    expect(m.content_scripts.flatMap((c: { matches: string[] }) => c.matches).sort()).toEqual([...ADMINCENTER].sort());
    expect(m.content_security_policy).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
    const code = readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.js')).map((f) => readFileSync(join(dir, String(f)), 'utf8')).join('\n');
    expect(code).not.toMatch(/\bimport\(\s*["'`]https?:/);
    expect(code).not.toMatch(/\bfetch\(\s*["'`]https?:/);
  });

  it('has the name, a German description and the version of package.json', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(m.name).toBe('AdminCenter-Wegweiser');
    expect(m.description).toMatch(/Schritt für Schritt .* KISA-Anleitung/);
    expect(m.version).toBe(pkg.version);
    expect(Object.keys(m.icons)).toEqual(['16', '32', '48', '128']);
  });
});

it('keeps the content script within its 20 KB gzipped budget (no zod, no polyfill, no Preact in it)', async () => {
  const { gzipSync } = await import('node:zlib');
  const code = readFileSync(join(BUILDS.chrome, 'content-scripts/admincenter.js'));
  expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(20 * 1024);
  expect(String(code)).not.toContain('_zod');
});

it('asks V8 to compile the content script at once (its first line is the compile hint), which saves ms on every page load', () => {
  const code = String(readFileSync(join(BUILDS.chrome, 'content-scripts/admincenter.js')));
  expect(code.split('\n', 1)[0]).toBe('//# allFunctionsCalledOnLoad');
  // Only the content script: pages and the worker load as they are.
  expect(String(readFileSync(join(BUILDS.chrome, 'background.js')))).not.toContain('allFunctionsCalledOnLoad');
});

it("passes Mozilla's addons-linter with 0 errors (the Firefox build)", async () => {
  const { execFileSync } = await import('node:child_process');
  let out: string;
  try {
    out = execFileSync('node_modules/.bin/addons-linter', [BUILDS.firefox, '--output', 'json'], { encoding: 'utf8' });
  } catch (failed) {
    out = String((failed as { stdout?: string }).stdout ?? '');
  }
  const report = JSON.parse(out);
  const errors = report.errors.map((e: { code: string; message: string; file?: string }) => `${e.code}: ${e.message} (${e.file ?? ''})`);
  console.log(`addons-linter: ${report.summary.errors} Fehler, ${report.summary.warnings} Warnungen`);
  expect(errors).toEqual([]);
}, 60_000);
