// Maps a request path to a file of the practice AdminCenter (tests/admincenter/).
// Shared by the localhost server and Playwright's request routing.
import { readFile, access } from 'node:fs/promises';
import { join, normalize, extname, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PRACTICE_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../tests/admincenter');
const REPO_DIR = join(PRACTICE_DIR, '../..');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json',
};

/** { status, contentType, body } for a URL path such as /admincenter/app.js */
export async function practiceResponse(pathname) {
  if (pathname === '/' || pathname === '/admincenter') return { status: 302, headers: { location: '/admincenter/' }, body: '' };
  if (!pathname.startsWith('/admincenter/')) return notFound();
  let rel = decodeURIComponent(pathname.slice('/admincenter/'.length)) || 'index.html';
  rel = normalize(rel).replace(/^(\.\.[/\\])+/, '');
  if (rel.includes('..')) return notFound();
  if (rel.endsWith('.bundle.js')) return bundleResponse(rel);
  try {
    const body = await readFile(join(PRACTICE_DIR, rel));
    return { status: 200, headers: { 'content-type': TYPES[extname(rel)] || 'application/octet-stream', 'cache-control': 'no-store' }, body };
  } catch {
    return notFound();
  }
}
const notFound = () => ({ status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'Nicht gefunden' });

// `x.bundle.js` is `x.js` bundled with its npm imports (the Vaadin web components of the aktuell UI):
// browsers cannot resolve bare `@vaadin/...` specifiers, and no generated file is committed. Built on the
// first request and kept in memory for the life of the process (one build serves every page load).
const bundles = new Map();

/** Builds the aktuell UI's bundle now, so that the first aktuell page a test opens does not wait ~1 s for it. */
export function warmPractice() {
  bundleResponse('aktuell/vaadin.bundle.js').catch(() => {});
}

async function bundleResponse(rel) {
  const entry = join(PRACTICE_DIR, rel.replace(/\.bundle\.js$/, '.js'));
  try { await access(entry); } catch { return notFound(); }
  if (!bundles.has(entry)) {
    bundles.set(entry, buildBundle(entry).catch((err) => { bundles.delete(entry); throw err; }));
  }
  try {
    const body = await bundles.get(entry);
    return { status: 200, headers: { 'content-type': TYPES['.js'], 'cache-control': 'no-store' }, body };
  } catch (err) {
    return { status: 500, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: `Bundle fehlgeschlagen: ${err.message}` };
  }
}
// npm nests a second copy of a @vaadin package when a dependency asks for a newer patch (input-container
// brings its own vaadin-lumo-styles); loaded twice, Vaadin warns and defines the first one only. A Flow
// build pins one version per package: so does this one, resolving every @vaadin import from the repo root.
const onePerPackage = {
  name: 'one-vaadin-copy',
  setup(build) {
    build.onResolve({ filter: /^@vaadin\// }, (args) => {
      if (args.pluginData === 'root' || args.resolveDir === REPO_DIR) return undefined;
      return build.resolve(args.path, { kind: args.kind, resolveDir: REPO_DIR, pluginData: 'root' });
    });
  },
};
async function buildBundle(entry) {
  // esbuild is a devDependency: loaded only when a bundle is asked for
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [entry], absWorkingDir: REPO_DIR, bundle: true, minify: true, format: 'esm',
    target: 'es2022', write: false, legalComments: 'none', logLevel: 'silent', plugins: [onePerPackage],
  });
  return Buffer.from(result.outputFiles[0].contents);
}
