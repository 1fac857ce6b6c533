// `npm run zip` as on a fresh checkout: the Chrome/Edge package, the Firefox package and the sources archive AMO
// asks for; the sources build to the very Firefox package. Run in a copy, so the build the browser of the other
// e2e files loaded stays untouched.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, it, expect } from 'vitest';
import { zipFiles } from './zip';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const NAME = `${pkg.name}-${pkg.version}`;
let work: string;
let output: string;

/** A copy of the working tree as git sees it (tracked and new files, nothing ignored), with this node_modules. */
function checkout(to: string) {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
    .split('\0').filter((f) => f && f !== 'node_modules' && existsSync(f));
  for (const file of files) {
    mkdirSync(dirname(join(to, file)), { recursive: true });
    cpSync(file, join(to, file));
  }
  symlinkSync(resolve('node_modules'), join(to, 'node_modules'));
}

// As from a shell: vitest's NODE_ENV=test would make Preact's JSX a development build that names each source path.
const SHELL_ENV = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')));
const run = (cwd: string, cmd: string, args: string[]) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: 'pipe', env: SHELL_ENV });

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'wegweiser-zip-'));
  checkout(join(work, 'checkout'));
  run(join(work, 'checkout'), 'npm', ['run', 'zip']);
  output = join(work, 'checkout', '.output');
}, 240_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

it('makes the three archives in .output/', () => {
  expect(readdirSync(output).filter((f) => f.endsWith('.zip')).sort())
    .toEqual([`${NAME}-chrome.zip`, `${NAME}-firefox.zip`, `${NAME}-sources.zip`]);
});

describe.each([['chrome', 3], ['firefox', 2]] as const)('%s package', (browser, manifestVersion) => {
  it('has manifest.json at its root with the version of package.json', async () => {
    const files = await zipFiles(join(output, `${NAME}-${browser}.zip`));
    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8'));
    expect(manifest.version).toBe(pkg.version);
    expect(manifest.manifest_version).toBe(manifestVersion);
    expect(manifest.name).toBe('AdminCenter-Wegweiser');
  });

  it('holds what the browser loads and nothing else: no source maps, no tests, no sources', async () => {
    const names = [...(await zipFiles(join(output, `${NAME}-${browser}.zip`))).keys()];
    console.log(`${browser}-Paket: ${names.length} Dateien`);
    expect(names.filter((n) => /\.map$|\.(test|spec|e2e)\.|^tests?\/|\.tsx?$|node_modules|^\./.test(n))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(['background.js', 'content-scripts/admincenter.js', 'popup.html', 'sidepanel.html',
      'options.html', 'datenschutz.html', 'barrierefreiheit.html', 'icon/128.png']));
  });

  it('names no folder of the machine it was built on', async () => {
    const files = await zipFiles(join(output, `${NAME}-${browser}.zip`));
    expect([...files].filter(([, data]) => data.includes(work)).map(([name]) => name)).toEqual([]);
  });
});

describe('sources archive (for AMO)', () => {
  const sources = () => zipFiles(join(output, `${NAME}-sources.zip`));

  it('has what the build needs: package.json, package-lock.json, wxt.config.ts, entrypoints/, README.md', async () => {
    const files = await sources();
    const names = [...files.keys()];
    console.log(`Quellarchiv: ${names.length} Dateien`);
    expect(names).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'wxt.config.ts', 'README.md', 'tsconfig.json',
      'entrypoints/background.ts', 'entrypoints/popup/index.html', 'shared/storage.ts', 'rules/index.ts', 'public/icon/128.png']));
    // The lock file as it is: npm ci installs exactly what built the package.
    expect(files.get('package-lock.json')!.equals(readFileSync('package-lock.json'))).toBe(true);
  });

  it('leaves out node_modules, builds, test results, screenshots, tests and hidden files', async () => {
    const names = [...(await sources()).keys()];
    expect(names.filter((n) => /(^|\/)node_modules\/|^\.output\/|^test-results\/|^demo-screenshots\/|^bench-results\/|^store\/|^tests\/|(^|\/)\./.test(n))).toEqual([]);
    // The only pictures are the extension's own icons.
    expect(names.filter((n) => /\.(png|jpe?g|gif|webp)$/i.test(n) && !n.startsWith('public/'))).toEqual([]);
  });

  it('builds, with the README\'s command, to the Firefox package file for file', async () => {
    const rebuilt = join(work, 'sources');
    mkdirSync(rebuilt);
    for (const [name, data] of await sources()) {
      mkdirSync(dirname(join(rebuilt, name)), { recursive: true });
      writeFileSync(join(rebuilt, name), data);
    }
    // Stands in for `npm ci`, which would fetch the same locked packages from the registry.
    symlinkSync(resolve('node_modules'), join(rebuilt, 'node_modules'));
    run(rebuilt, 'npm', ['run', 'build:firefox']);
    const shipped = await zipFiles(join(output, `${NAME}-firefox.zip`));
    const built = readdirSync(join(rebuilt, '.output/firefox-mv2'), { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name).slice(join(rebuilt, '.output/firefox-mv2').length + 1));
    expect(built.sort()).toEqual([...shipped.keys()].sort());
    const differing = built.filter((name) => !readFileSync(join(rebuilt, '.output/firefox-mv2', name)).equals(shipped.get(name)!));
    console.log(`Aus den Quellen gebaut: ${built.length} Dateien, ${differing.length} abweichend`);
    expect(differing).toEqual([]);
  }, 120_000);
});
