// Maps a request path to a file of the practice AdminCenter (tests/admincenter/).
// Shared by the localhost server and Playwright's request routing.
import { readFile } from 'node:fs/promises';
import { join, normalize, extname, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PRACTICE_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../tests/admincenter');

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
  try {
    const body = await readFile(join(PRACTICE_DIR, rel));
    return { status: 200, headers: { 'content-type': TYPES[extname(rel)] || 'application/octet-stream', 'cache-control': 'no-store' }, body };
  } catch {
    return notFound();
  }
}
const notFound = () => ({ status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'Nicht gefunden' });
