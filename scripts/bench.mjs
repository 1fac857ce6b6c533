// `npm run bench`: speed and memory figures of the built extension in real Chromium on the practice
// AdminCenter, each next to a baseline measured in the same process (a benchmark, not a test):
//  1. highlight latency: is the highlight painted in the same frame as its target (frame-exact, from a Chromium
//     performance trace), and the time between; ours vs driver.js's waitForElement, same page, same way
//  2. main-thread script time with / without the extension: a 5,000-row list opened by in-app navigation and
//     by a page load, a 10-row page load, 200 editor keystrokes (plus two floors: page load and navigation
//     with an extension whose content script is empty, and page loads with the smallest guide there can be)
//  3. long tasks (> 50 ms) in those scenarios, with / without (in runs of their own)
//  4. timer and animation-frame callbacks during 10 s of idle, with / without
//  5. size of the content script, gzipped
//  6. the floor of reading the page at all: a bare walk over the flat tree against one pass of our reader, in
//     an isolated world like the content script's
import { readFile, writeFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { findChromium, INSTALL_HINT } from './lib/chromium.mjs';
import { launchWithExtension, launchWithoutExtension, practiceUrl, DEV_HOST } from './lib/browser.mjs';
import { readFloor } from './lib/read-floor.mjs';
import { startGuideIn } from './lib/guide.mjs';

const TRIALS = Number(process.env.BENCH_TRIALS || 60);
const IDLE_MS = Number(process.env.BENCH_IDLE_MS || 10_000);
if (!findChromium()) { console.error(INSTALL_HINT); process.exit(1); }

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]; };
const ms = (x) => `${x.toFixed(1)} ms`;
/** Of the traced trials: how many, the share highlighted in the target's own frame, the most frames late. */
const frameShares = (late) => ({ traced: late.length, sameFrame: late.filter((n) => n === 0).length / late.length, maxFramesLate: Math.max(...late) });
const medians = (runs) => Object.fromEntries(['script', 'layout', 'task', 'extension'].map((k) => [k, median(runs.map((r) => r[k]))]));

const ext = await launchWithExtension();
// Without the extension: the same kind of browser (a fresh persistent profile), only no extension loaded. A
// browser without a profile (incognito) ran the same page load with up to twice the script time.
const plain = await launchWithoutExtension();
const plainContext = plain.context;


// In the page's own world: when did the Impressum button of the Mandant drawer appear, and when was it
// highlighted? Both moments are also left in the trace as user-timing marks.
const APPEARED = 'wegweiser-bench:erschienen';
const HIGHLIGHTED = 'wegweiser-bench:hervorgehoben';
const RECORDER = ([appeared, highlighted]) => {
  // The Mandant drawer's Impressum button: a vaadin-button on the practice AdminCenter (its role comes on upgrade).
  const BUTTONS = 'button, vaadin-button, [role=button]';
  const isTarget = (el) => el instanceof HTMLElement && el.matches(BUTTONS) && el.textContent.trim() === 'Impressum';
  const w = window;
  w.benchLatencies = [];
  w.benchAppeared = 0;
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'childList' && !w.benchAppeared && [...r.addedNodes].some((n) => n instanceof Element && (isTarget(n) || [...n.querySelectorAll(BUTTONS)].some(isTarget)))) {
        w.benchAppeared = performance.now();
        performance.mark(appeared);
      }
      const marked = r.type === 'attributes' && isTarget(r.target) &&
        (r.attributeName === 'data-wegweiser-target' ? r.target.hasAttribute('data-wegweiser-target') : r.target.classList.contains('driver-active-element'));
      if (marked && w.benchAppeared) {
        w.benchLatencies.push(performance.now() - w.benchAppeared);
        w.benchAppeared = 0;
        performance.mark(highlighted);
      }
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-wegweiser-target', 'class'] });
};

async function latencyTrials(page, beforeEach) {
  for (let i = 0; i < TRIALS; i++) {
    await page.evaluate(() => { location.hash = '#!mandanten'; });
    await page.waitForFunction(() => ![...document.querySelectorAll('[role=button]')].some((b) => b.textContent.trim() === 'Impressum'));
    if (beforeEach) await beforeEach(page);
    const before = await page.evaluate(() => window.benchLatencies.length);
    await page.evaluate(() => { location.hash = '#!mandanten/6000101'; });
    await page.waitForFunction((n) => window.benchLatencies.length > n, before, { timeout: 5000 });
  }
  return page.evaluate(() => window.benchLatencies);
}

/** `run` with a Chromium performance trace of the page: its user-timing marks and the frames it painted. */
async function withTrace(page, run) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['blink.user_timing', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame'] },
    transferMode: 'ReportEvents',
  });
  const result = await run();
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  return { result, frames: framesLate(events) };
}

/**
 * Per trial, how many frames the page painted after the target appeared and before the highlight was there:
 * 0 means both were painted in the same frame. A frame is one commit of the page's main thread to the
 * compositor (the trace's `Commit`, after frame callbacks, layout, resize observers and paint); a `PrePaint`
 * alone is no frame: Chromium runs it again when a resize observer changed the page.
 */
function framesLate(events) {
  const marks = events.filter((e) => e.name === APPEARED || e.name === HIGHLIGHTED).sort((a, b) => a.ts - b.ts);
  if (!marks.length) return [];
  const { pid, tid } = marks[0];
  const commits = events.filter((e) => e.pid === pid && e.tid === tid && e.name === 'Commit' && e.ph === 'X').map((e) => e.ts).sort((a, b) => a - b);
  // Without frames in the trace every trial would count as "same frame": no figure rather than a wrong one.
  if (!commits.length) throw new Error('Der Trace enthält keine Commit-Ereignisse des Hauptthreads: Bilder lassen sich nicht zählen.');
  const late = [];
  for (let i = 0; i + 1 < marks.length; i++) {
    if (marks[i].name !== APPEARED || marks[i + 1].name !== HIGHLIGHTED) continue;
    const [from, to] = [marks[i].ts, marks[i + 1].ts];
    late.push(commits.filter((t) => t > from && t < to).length);
  }
  return late;
}

async function measureLatency() {
  // Ours: the Impressum guide is on "Impressum öffnen"; the button appears when the drawer opens.
  const page = await ext.context.newPage();
  await page.goto(practiceUrl('aktuell', 'mandanten/6000101'));
  await startGuideIn(ext, page, 'impressum');
  await page.waitForSelector('[data-wegweiser-target]');
  await page.evaluate(RECORDER, [APPEARED, HIGHLIGHTED]);
  const ours = await withTrace(page, () => latencyTrials(page));
  // Closing the tab ends its guide.
  await page.close();

  // driver.js 1.8 with waitForElement (a MutationObserver), same practice page, no extension.
  const driverJs = await readFile('node_modules/driver.js/dist/driver.js.iife.js', 'utf8');
  const driverCss = await readFile('node_modules/driver.js/dist/driver.css', 'utf8');
  const plainPage = await plainContext.newPage();
  await plainPage.goto(practiceUrl('aktuell', 'mandanten'));
  await plainPage.addScriptTag({ content: driverJs });
  await plainPage.addStyleTag({ content: driverCss });
  await plainPage.evaluate(RECORDER, [APPEARED, HIGHLIGHTED]);
  const theirs = await withTrace(plainPage, () => latencyTrials(plainPage, (p) => p.evaluate(() => {
    window.benchDriver?.destroy();
    const find = () => [...document.querySelectorAll('button, [role=button]')].find((b) => b.textContent.trim() === 'Impressum');
    window.benchDriver = window.driver.js.driver({ animate: false, waitForElement: 5000, steps: [{ element: find, popover: { title: 'Impressum', description: 'Klicken Sie auf Impressum.' } }] });
    window.benchDriver.drive();
  })));
  await plainPage.close();
  return { ours: ours.result, theirs: theirs.result, oursFrames: ours.frames, theirFrames: theirs.frames };
}

/**
 * Main-thread time of `scenario` in `page` (Performance.getMetrics), and the part of it spent in extension
 * code, from a Chromium trace of the same run: the top-level calls into a content script (its callbacks,
 * its evaluation and compilation), forced layouts inside them included. The harness itself runs no script
 * in the page meanwhile: clicks are mouse input at known coordinates, waits poll every 100 ms.
 */
async function scriptTime(page, scenario) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline'] }, transferMode: 'ReportEvents' });
  const read = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const before = await read();
  await scenario(cdp);
  const after = await read();
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  const diff = (name) => (after[name] - before[name]) * 1000;
  return { script: diff('ScriptDuration'), layout: diff('LayoutDuration') + diff('RecalcStyleDuration'), task: diff('TaskDuration'), extension: extensionTime(events) };
}

const EXTENSION_WORK = new Set(['FunctionCall', 'EvaluateScript', 'v8.compile', 'v8.compileModule', 'TimerFire', 'FireAnimationFrame']);
/** Milliseconds of the trace's events that run extension code, each nested call counted once. */
function extensionTime(events) {
  const ours = events.filter((e) => e.ph === 'X' && EXTENSION_WORK.has(e.name) && String(e.args?.data?.url ?? '').startsWith('chrome-extension://'))
    .sort((a, b) => a.ts - b.ts);
  const endOf = new Map();
  let total = 0;
  for (const e of ours) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ts < (endOf.get(thread) ?? -1)) continue;
    endOf.set(thread, e.ts + e.dur);
    total += e.dur;
  }
  return total / 1000;
}

const LONG_TASKS = () => { window.benchLongTasks = 0; new PerformanceObserver((l) => { window.benchLongTasks += l.getEntries().length; }).observe({ type: 'longtask', buffered: true }); };
/**
 * Long tasks are counted in runs of their own: while a long-task observer is on, Chromium attributes every
 * script entry to its context, which slows the extension's callbacks (and the page's) by several ms.
 */
let countingLongTasks = false;
const watchLongTasks = (page) => (countingLongTasks ? page.evaluate(LONG_TASKS) : undefined);
const RUNS = Number(process.env.BENCH_RUNS || 7);
/** Long tasks are rare events: the most seen in a few runs tells whether we add any. */
const COUNTING_RUNS = Math.min(RUNS, 3);
const LIST = 'rows=5000';
/** Fewer rows: what a page load costs us whatever the list (the start of the content script). */
const SHORT_LIST = 10;
/** The list shows its first rows: at least 5 LeiKa keys in its cells (the grid renders only the rows on screen). */
const ROWS_SHOWN = () => [...document.querySelectorAll('vaadin-grid-cell-content')].filter((c) => /^\d{14}$/.test(c.textContent.trim())).length >= 5;
const listShown = (page) => page.waitForFunction(ROWS_SHOWN, 5000, { polling: 100 });

/** Where the menu group "Organisationseinheiten" sits, for a click by coordinates (no query in the page). */
async function menuGroupPoint(context) {
  const page = await context.newPage();
  await page.goto(practiceUrl('aktuell', 'leistungen'));
  const box = await page.getByRole('button', { name: 'Organisationseinheiten' }).first().boundingBox();
  await page.close();
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A: the AdminCenter is opened on a Leistungen list of `rows` rows (page load, content script starts cold). */
const pageLoad = (rows) => async (page, point) => {
  await page.goto('about:blank');
  return scriptTime(page, async () => {
    await page.goto(practiceUrl('aktuell', 'leistungen', { query: `rows=${rows}` }));
    await page.waitForFunction(ROWS_SHOWN, rows, { polling: 100 });
    await watchLongTasks(page);
    await page.waitForTimeout(1000);
    // A change to the page (a menu group opens) makes the extension look again.
    await page.mouse.click(point.x, point.y);
    await page.waitForTimeout(500);
  });
};

/** B: within the open AdminCenter, the admin goes from Neuigkeiten to the 5,000-row list (in-app navigation). */
const navigation = async (page) => {
  await page.goto(practiceUrl('aktuell', 'neuigkeiten', { query: LIST }));
  await watchLongTasks(page);
  await page.waitForTimeout(1000);
  return scriptTime(page, async (cdp) => {
    await cdp.send('Runtime.evaluate', { expression: "location.hash = '#!leistungen'" });
    await listShown(page);
    await page.waitForTimeout(1000);
  });
};

/** C: 200 keystrokes in the OE text editor. */
const typing = async (page) => {
  await page.goto(practiceUrl('aktuell', 'organisationseinheiten/6005095/text'));
  await page.getByRole('textbox', { name: 'Beschreibung' }).click();
  await watchLongTasks(page);
  await page.waitForTimeout(300);
  return scriptTime(page, () => page.keyboard.type('Barrierefreier Zugang über den Seiteneingang. '.repeat(5).slice(0, 200)));
};

/** BENCH_SCENARIOS=nav,keys: only these (quick rounds; the summary then lacks the others). */
const ONLY_SCENARIOS = process.env.BENCH_SCENARIOS?.split(',');
const SCENARIOS = {
  load: { what: 'Seitenaufruf Liste', measure: pageLoad(5000) },
  short: { what: `Seitenaufruf Liste mit ${SHORT_LIST} Zeilen`, measure: pageLoad(SHORT_LIST) },
  nav: { what: 'Navigation zur Liste', measure: navigation },
  keys: { what: 'Tippen', measure: typing },
};

/**
 * A bare extension beside ours: the same host, a worker, the given content script (plain JS). The empty one
 * is the floor of any extension; the smallest guide (lib/minimal-content.js) is the floor of any highlighter.
 */
async function launchBareExtension(contentJs) {
  const dir = await mkdtemp(join(tmpdir(), 'wegweiser-bare-'));
  await writeFile(join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3, name: 'bare', version: '1.0', permissions: ['storage'],
    content_scripts: [{ matches: [`${DEV_HOST}/*`], js: ['content.js'] }],
    background: { service_worker: 'worker.js' },
  }));
  await writeFile(join(dir, 'content.js'), contentJs);
  // The stored guide the smallest guide reads, as ours reads its own.
  await writeFile(join(dir, 'worker.js'), "chrome.runtime.onInstalled.addListener(() => chrome.storage.local.set({ guide: { taskId: 'impressum', step: 0 } }));\n");
  const bare = await launchWithExtension({ extensionDir: dir });
  return { context: bare.context, close: async () => { await bare.close(); await rm(dir, { recursive: true, force: true }); } };
}

/**
 * Every scenario RUNS times, with and without the extension (and the page loads with the empty content
 * script) taking turns run by run: the machine's drift over a minute then hits all alike. Then as many runs
 * again with a long-task observer in the page, for the long tasks alone.
 */
async function interleaved(setups) {
  const points = new Map();
  for (const setup of setups) points.set(setup, await menuGroupPoint(setup.context));
  const figures = new Map(setups.map((setup) => [setup, {}]));
  const longTasks = new Map(setups.map((setup) => [setup, {}]));
  for (const counting of [false, true]) {
    countingLongTasks = counting;
    for (let run = 0; run < (counting ? COUNTING_RUNS : RUNS); run++) {
      for (const [name, { what, measure }] of Object.entries(SCENARIOS).filter(([n]) => !ONLY_SCENARIOS || ONLY_SCENARIOS.includes(n))) {
        for (const setup of setups) {
          if (setup.only && !setup.only.includes(name)) continue;
          const page = await setup.context.newPage();
          await prepare(setup, page);
          const t = await measure(page, points.get(setup));
          if (counting) {
            const seen = await page.evaluate(() => window.benchLongTasks ?? 0);
            longTasks.get(setup)[name] = Math.max(longTasks.get(setup)[name] ?? 0, seen);
          } else {
            console.log(`    ${what} ${setup.label}: Skript ${ms(t.script)} (davon Erweiterung ${ms(t.extension)}), Layout+Stil ${ms(t.layout)}, Aufgaben gesamt ${ms(t.task)}`);
            (figures.get(setup)[name] ??= []).push(t);
          }
          await page.close();
        }
      }
    }
  }
  for (const setup of setups) for (const [name, runs] of Object.entries(figures.get(setup))) runs.longTasks = longTasks.get(setup)[name];
  return figures;
}

/**
 * Before a run every setup's tab shows the AdminCenter once; ours then starts the Impressum guide for it: a
 * guide belongs to its tab and stays with it through the page loads and navigations measured next.
 */
async function prepare(setup, page) {
  await page.goto(practiceUrl('aktuell', 'neuigkeiten'));
  if (setup.context === ext.context) await startGuideIn(ext, page, 'impressum');
}

/** Medians of a setup's runs of one scenario, and the most long tasks seen in the counting runs. */
const summary = (runs) => ({ ...medians(runs), longTasks: runs.longTasks });
/** Median of the run-by-run differences: robust to a slow run on either side. */
const pairedAdded = (mine, theirs) => median(mine.map((r, i) => r.script - theirs[i].script));

async function idleCallbacks(context) {
  const page = await context.newPage();
  await page.goto(practiceUrl('aktuell', 'mandanten/6000101'));
  if (context === ext.context) await startGuideIn(ext, page, 'impressum');
  await page.waitForTimeout(1500);
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] }, transferMode: 'ReportEvents' });
  await page.waitForTimeout(IDLE_MS);
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await done;
  await page.close();
  const count = (name) => events.filter((e) => e.name === name).length;
  return { timers: count('TimerFire'), frames: count('FireAnimationFrame'), idle: count('FireIdleCallback') };
}

console.log(`Benchmark: ${TRIALS} Versuche, ${RUNS} Läufe je Szenario, ${IDLE_MS / 1000} s Leerlauf`);
const floorOf = async () => {
  const f = await readFloor(plainContext, practiceUrl('aktuell', 'leistungen', { query: LIST }), ROWS_SHOWN, RUNS);
  return { nodes: f.nodes, bareCold: median(f.bareCold), bareWarm: median(f.bareWarm), readerCold: median(f.readerCold), readerWarm: median(f.readerWarm) };
};
if (process.env.BENCH_ONLY === 'floor') {
  console.log(await floorOf());
  await ext.close();
  await plain.close();
  process.exit(0);
}
// BENCH_ONLY=main skips latency and idle (for quick rounds while working on the main-thread figures);
// BENCH_ONLY=latency measures the highlight alone, BENCH_ONLY=floor the floor of reading the page.
const quick = process.env.BENCH_ONLY === 'main';
const latency = quick ? { ours: [NaN], theirs: [NaN], oursFrames: [], theirFrames: [] } : await measureLatency();
if (process.env.BENCH_ONLY === 'latency') {
  for (const [who, late] of [['Wegweiser', latency.oursFrames], ['driver.js', latency.theirFrames]]) {
    const shares = frameShares(late);
    console.log(`${who}: ${late.length}-mal erschien das Ziel im Trace, im selben Bild ${(100 * shares.sameFrame).toFixed(0)} %, Bilder zu spät: ${late.join(' ')}`);
  }
  await ext.close();
  await plain.close();
  process.exit(0);
}
console.log('Szenarien mit und ohne Erweiterung, abwechselnd:');
const empty = await launchBareExtension('"use strict";\n');
const minimal = await launchBareExtension(await readFile(new URL('./lib/minimal-content.js', import.meta.url), 'utf8'));
const WITH = { label: 'mit Erweiterung', context: ext.context };
const WITHOUT = { label: 'ohne Erweiterung', context: plainContext };
// The empty content script in the page load and the navigation: what an extension costs that does nothing.
const FLOOR = { label: 'leeres Inhaltsskript', context: empty.context, only: ['load', 'nav'] };
// The smallest guide in the page loads: what highlighting anything at all costs at the start.
const MINIMAL = { label: 'kleinster Wegweiser', context: minimal.context, only: ['load', 'short', 'nav'] };
const runs = await interleaved([WITH, WITHOUT, FLOOR, MINIMAL]);
await empty.close();
await minimal.close();
const withRuns = runs.get(WITH);
const withoutRuns = runs.get(WITHOUT);
const withExt = Object.fromEntries(Object.entries(withRuns).map(([k, v]) => [k, summary(v)]));
const without = Object.fromEntries(Object.entries(withoutRuns).map(([k, v]) => [k, summary(v)]));
const idleWith = quick ? { timers: NaN, frames: NaN } : await idleCallbacks(ext.context);
const idleWithout = quick ? { timers: NaN, frames: NaN } : await idleCallbacks(plainContext);
const floor = await floorOf();
const size = gzipSync(await readFile('.output/chrome-mv3/content-scripts/admincenter.js'), { level: 9 }).length;

/** A setup's scenario against the browser without extension. */
const against = (setup, name) => {
  const setupRuns = runs.get(setup)[name];
  const mine = summary(setupRuns);
  return {
    with: mine, without: without[name],
    scriptRatio: mine.script / without[name].script, taskRatio: mine.task / without[name].task,
    scriptAddedMs: mine.script - without[name].script,
    scriptAddedPairedMs: pairedAdded(setupRuns, withoutRuns[name]),
    // the extension's own time (trace) added to the script time without it: the ratio without the runs' noise
    ownRatio: (without[name].script + mine.extension) / without[name].script,
  };
};
const ratios = (name) => against(WITH, name);
const figures = {
  trials: TRIALS,
  runsPerScenario: RUNS,
  latency: {
    ours: { median: median(latency.ours), p95: p95(latency.ours), ...frameShares(latency.oursFrames) },
    driverJs: { median: median(latency.theirs), p95: p95(latency.theirs), ...frameShares(latency.theirFrames) },
  },
  // script: JS only (forced layouts inside our passes count here); task: all main-thread work.
  mainThread: {
    listPageLoad: ratios('load'),
    listNavigation: ratios('nav'),
    shortListPageLoad: ratios('short'),
    keys200: ratios('keys'),
    emptyContentScriptNavigation: against(FLOOR, 'nav'),
    minimalGuideNavigation: against(MINIMAL, 'nav'),
    minimalGuidePageLoad: against(MINIMAL, 'load'),
    minimalGuideShortListPageLoad: against(MINIMAL, 'short'),
    emptyContentScriptPageLoad: against(FLOOR, 'load'),
  },
  longTasks: {
    listPageLoad: { with: withExt.load.longTasks, without: without.load.longTasks },
    listNavigation: { with: withExt.nav.longTasks, without: without.nav.longTasks },
    keys200: { with: withExt.keys.longTasks, without: without.keys.longTasks },
  },
  idle: { seconds: IDLE_MS / 1000, with: idleWith, without: idleWithout, extensionTimers: idleWith.timers - idleWithout.timers + (idleWith.frames - idleWithout.frames) },
  contentScriptGzipBytes: size,
  readFloor: floor,
};
await mkdir('bench-results', { recursive: true });
await writeFile('bench-results/bench.json', `${JSON.stringify(figures, null, 2)}\n`);

const pct = (x) => `${(100 * x).toFixed(0)} %`;
const check = (ok) => (ok ? 'ok' : 'ÜBER ZIEL');
const m = figures.mainThread;
const row = (title, f, target) => `| ${title} | ${ms(f.with.script)}, davon Erweiterung ${ms(f.with.extension)} (× ${f.ownRatio.toFixed(3)}) | ohne ${ms(f.without.script)} (Mediane × ${f.scriptRatio.toFixed(2)}; Lauf für Lauf +${ms(f.scriptAddedPairedMs)}) | ${target ? '≤ × 1.05' : '—'} | ${target ? check(f.ownRatio <= 1.05) : ''} |`;
const total = (title, f) => `| ${title} | ${ms(f.with.task)} | ohne ${ms(f.without.task)} (× ${f.taskRatio.toFixed(2)}) | — | |`;
const longOk = ['listPageLoad', 'listNavigation', 'keys200'].every((k) => figures.longTasks[k].with <= figures.longTasks[k].without);
console.log(`
| Messgröße | Wegweiser | Vergleich | Ziel | |
| --- | --- | --- | --- | --- |
| Hervorhebung im selben Bild wie das Ziel (Chromium-Trace, ${TRIALS} Versuche, Ziel ${figures.latency.ours.traced}-mal erschienen) | ${pct(figures.latency.ours.sameFrame)}, höchstens ${figures.latency.ours.maxFramesLate} Bild(er) später | driver.js ${pct(figures.latency.driverJs.sameFrame)}, höchstens ${figures.latency.driverJs.maxFramesLate} | ≥ 95 % | ${check(figures.latency.ours.sameFrame >= 0.95)} |
| Hervorhebung nach Erscheinen (Uhrzeit in der Seite), Median / p95 | ${ms(figures.latency.ours.median)} / ${ms(figures.latency.ours.p95)} | driver.js ${ms(figures.latency.driverJs.median)} / ${ms(figures.latency.driverJs.p95)} | — | |
${row('Skriptzeit, Navigation zur Liste mit 5.000 Zeilen', m.listNavigation, true)}
${row('… dieselbe Navigation mit einem leeren Inhaltsskript', m.emptyContentScriptNavigation, false)}
${row('… dieselbe Navigation, kleinster Wegweiser', m.minimalGuideNavigation, false)}
${row('Skriptzeit, Seitenaufruf mit Liste mit 5.000 Zeilen', m.listPageLoad, true)}
${row(`Skriptzeit, Seitenaufruf mit Liste mit ${SHORT_LIST} Zeilen (Start des Inhaltsskripts)`, m.shortListPageLoad, false)}
| … davon durch die 5.000 Zeilen | +${ms(m.listPageLoad.scriptAddedPairedMs - m.shortListPageLoad.scriptAddedPairedMs)} | | — | |
${row('… Seitenaufruf mit Liste mit 5.000 Zeilen, kleinster Wegweiser', m.minimalGuidePageLoad, false)}
${row(`… Seitenaufruf mit Liste mit ${SHORT_LIST} Zeilen, kleinster Wegweiser`, m.minimalGuideShortListPageLoad, false)}
${row('… Seitenaufruf mit einem leeren Inhaltsskript', m.emptyContentScriptPageLoad, false)}
${row('Skriptzeit, 200 Tastenanschläge im Editor', m.keys200, true)}
${total('Hauptthread gesamt, Navigation zur Liste', m.listNavigation)}
${total('Hauptthread gesamt, Seitenaufruf mit Liste', m.listPageLoad)}
${total('Hauptthread gesamt, 200 Tastenanschläge', m.keys200)}
| Long Tasks (Seitenaufruf / Navigation / Tippen) | ${withExt.load.longTasks} / ${withExt.nav.longTasks} / ${withExt.keys.longTasks} | ohne ${without.load.longTasks} / ${without.nav.longTasks} / ${without.keys.longTasks} | keine von der Erweiterung | ${check(longOk)} |
| Timer- und Frame-Callbacks in ${IDLE_MS / 1000} s Leerlauf | ${idleWith.timers} + ${idleWith.frames} | ohne ${idleWithout.timers} + ${idleWithout.frames} | 0 von der Erweiterung | ${check(figures.idle.extensionTimers <= 0)} |
| Inhaltsskript, gzip | ${(size / 1024).toFixed(1)} KB | | ≤ 20 KB | ${check(size <= 20 * 1024)} |
| Untergrenze: die Liste (${floor.nodes} Knoten) einmal lesen, isolierte Welt, erstes / zweites Mal | unser Leser ${ms(floor.readerCold)} / ${ms(floor.readerWarm)} | nackter Gang über den flachen Baum ${ms(floor.bareCold)} / ${ms(floor.bareWarm)} | — | |
`);
console.log('Zahlen gespeichert in bench-results/bench.json');
await ext.close();
await plain.close();
