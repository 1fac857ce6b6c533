// `npm run fixture -- <diagnose.json> [--view <id>] [--out <dir>]`: turns a Diagnose an admin sent into a page
// fixture under tests/fixtures/pages/, which the detector test then checks like the practice snapshots.
import { readFile, writeFile, mkdir, access } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { FIXTURE_DIR, fixtureFromDiagnose } from './lib/fixture.mjs';

const args = process.argv.slice(2);
const option = (name) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : undefined; };
let view = option('--view');
const out = option('--out') ?? FIXTURE_DIR;
const [path] = args;
if (!path) {
  console.error('Aufruf: npm run fixture -- <diagnose.json> [--view <seiten-id>]');
  process.exit(2);
}
try {
  const text = await readFile(path, 'utf8');
  let made;
  try {
    made = fixtureFromDiagnose(text, view);
  } catch (err) {
    // No view in the file and a person at the console: ask for it.
    if (view || !process.stdin.isTTY || !/keine erkannte Seite/.test(err.message)) throw err;
    const ask = createInterface({ input: process.stdin, output: process.stdout });
    view = (await ask.question('Welche Seite zeigt die Diagnose (Seiten-ID, oder „keine“)? ')).trim();
    ask.close();
    made = fixtureFromDiagnose(text, view);
  }
  await mkdir(out, { recursive: true });
  let target = join(out, `${made.name}.json`);
  for (let n = 2; await access(target).then(() => true, () => false); n++) target = join(out, `${made.name}-${n}.json`);
  await writeFile(target, `${JSON.stringify(made.fixture, null, 2)}\n`);
  console.log(`Gespeichert: ${target} (erwartete Seite: ${made.fixture.view}, ${made.fixture.generation})`);
} catch (err) {
  console.error(err.code === 'ENOENT' ? `Datei nicht gefunden: ${path}` : err.message);
  process.exit(1);
}
