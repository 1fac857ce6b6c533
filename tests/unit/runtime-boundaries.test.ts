// Code by runtime: content/ runs in the AdminCenter page (content script, injected Diagnose), background/ in the
// background, shared/ and rules/ in both and in the extension's pages. The content script stays small and never
// carries zod or background code; this follows every import from each entry point, as the bundler does.
import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const IMPORT = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** What a module imports at run time: type-only imports vanish in the build. */
function imports(file: string): string[] {
  const source = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
  return [...source.matchAll(IMPORT)].filter((m) => !/^\s*(import|export)\s+type\s/.test(m[0].trimStart().replace(/^;/, ''))).map((m) => m[1] ?? m[2]);
}

function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = normalize(join(dirname(from), spec));
  return ['', '.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((f) => existsSync(f) && !f.endsWith('/')) ?? null;
}

/** Every module and package an entry point reaches. */
function reach(entry: string) {
  const files = new Set<string>();
  const packages = new Set<string>();
  const todo = [entry];
  while (todo.length) {
    const file = todo.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const spec of imports(file)) {
      const next = resolve(file, spec);
      if (next) todo.push(next);
      else if (!spec.startsWith('.')) packages.add(spec);
    }
  }
  return { files: [...files], packages: [...packages] };
}

const CONTENT_ENTRIES = ['entrypoints/admincenter.content/index.ts', 'entrypoints/diagnose/index.ts'];

describe('code by runtime', () => {
  it.each(CONTENT_ENTRIES)('%s imports neither zod nor background code', (entry) => {
    const { files, packages } = reach(entry);
    expect(files.length).toBeGreaterThan(10);
    expect(packages.filter((p) => p === 'zod' || p.startsWith('zod/'))).toEqual([]);
    expect(files.filter((f) => f.startsWith('background/'))).toEqual([]);
  });

  // The checklist's texts (titles, groups, summaries, evidence) are only shown by the extension's pages: the content
  // script leaves them out as long as none of its own modules asks for them (the bundler then drops them).
  it.each(CONTENT_ENTRIES)('%s never asks for a checklist entry or the checklist', (entry) => {
    const own = reach(entry).files.filter((f) => f !== 'rules/index.ts' && !f.startsWith('rules/tasks/'));
    const asks = /\b(ENTRIES|entryOf)\b|import\s*\{[^}]*\b[a-z]\w*Entry\b[^}]*\}\s*from\s*['"][^'"]*tasks\//;
    const asking = own.filter((f) => asks.test(readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')));
    expect(asking).toEqual([]);
    expect(own).not.toContain('rules/checklist.ts');
    expect(reach('entrypoints/sidepanel/main.tsx').files).toContain('rules/checklist.ts');
  });

  it('the same reading finds zod and the background code from the background, so it is not blind', () => {
    const { files, packages } = reach('entrypoints/background.ts');
    expect(packages).toContain('zod');
    expect(files).toContain('background/background-handlers.ts');
  });

  it.each([['shared', ['content/', 'background/']], ['rules', ['content/', 'background/']], ['background', ['content/']]] as const)(
    '%s/ imports nothing from %j', (dir, forbidden) => {
      const own = (path: string): string[] => readdirSync(path, { withFileTypes: true })
        .flatMap((e) => (e.isDirectory() ? own(join(path, e.name)) : /\.tsx?$/.test(e.name) ? [join(path, e.name)] : []));
      const files = own(dir);
      expect(files.length).toBeGreaterThan(0);
      const wrong = files.flatMap((f) => imports(f).map((spec) => resolve(f, spec)).filter((to) => to && forbidden.some((d) => to.startsWith(d))).map((to) => `${f} → ${to}`));
      expect(wrong).toEqual([]);
    });
});
