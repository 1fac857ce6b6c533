// `npm run bench`: speed and memory figures of the built extension in real Chromium on the practice
// AdminCenter, each next to a baseline measured in the same process (a benchmark, not a test):
//  1. highlight latency: target appears → highlight drawn; ours vs driver.js's waitForElement, same page
//  2. main-thread script time of loading a 5,000-row list and of 200 keystrokes in the editor, with / without
//  3. long tasks (> 50 ms) in those scenarios, with / without
//  4. timer and animation-frame callbacks during 10 s of idle, with / without
//  5. size of the content script, gzipped
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS, INSTALL_HINT } from './lib/chromium.mjs';
import { launchWithExtension, routePractice, practiceUrl } from './lib/browser.mjs';

const TRIALS = Number(process.env.BENCH_TRIALS || 60);
const IDLE_MS = Number(process.env.BENCH_IDLE_MS || 10_000);
if (!findChromium()) { console.error(INSTALL_HINT); process.exit(1); }

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]; };
const ms = (x) => `${x.toFixed(1)} ms`;
const medians = (runs) => Object.fromEntries(['script', 'layout', 'task'].map((k) => [k, median(runs.map((r) => r[k]))]));

const ext = await launchWithExtension();
const plain = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const plainContext = await plain.newContext({ viewport: { width: 1400, height: 900 }, locale: 'de-DE' });
await routePractice(plainContext);

/** Starts a guide the way the side panel does (a message to the background). */
async function startGuide(taskId) {
  const panel = await ext.context.newPage();
  await panel.goto(ext.extensionUrl('sidepanel.html'));
  await panel.evaluate((id) => chrome.runtime.sendMessage({ type: 'guide/start', taskId: id }), taskId);
  await panel.close();
}
async function stopGuide() {
  const panel = await ext.context.newPage();
  await panel.goto(ext.extensionUrl('sidepanel.html'));
  await panel.evaluate(() => chrome.runtime.sendMessage({ type: 'guide/stop' }));
  await panel.close();
}

// In the page's own world: when did the Impressum button of the Mandant drawer appear, and when was it highlighted?
const RECORDER = () => {
  const isTarget = (el) => el instanceof HTMLElement && el.localName === 'button' && el.textContent.trim() === 'Impressum';
  const w = window;
  w.benchLatencies = [];
  w.benchAppeared = 0;
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'childList' && !w.benchAppeared && [...r.addedNodes].some((n) => n instanceof Element && (isTarget(n) || [...n.querySelectorAll('button')].some(isTarget)))) {
        w.benchAppeared = performance.now();
      }
      const highlighted = r.type === 'attributes' && isTarget(r.target) &&
        (r.attributeName === 'data-wegweiser-target' ? r.target.hasAttribute('data-wegweiser-target') : r.target.classList.contains('driver-active-element'));
      if (highlighted && w.benchAppeared) {
        w.benchLatencies.push(performance.now() - w.benchAppeared);
        w.benchAppeared = 0;
      }
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-wegweiser-target', 'class'] });
};

async function latencyTrials(page, beforeEach) {
  for (let i = 0; i < TRIALS; i++) {
    await page.evaluate(() => { location.hash = '#!mandanten'; });
    await page.waitForFunction(() => !document.querySelector('[data-go$="/impressum"], [data-action=impressum]'));
    if (beforeEach) await beforeEach(page);
    const before = await page.evaluate(() => window.benchLatencies.length);
    await page.evaluate(() => { location.hash = '#!mandanten/6000101'; });
    await page.waitForFunction((n) => window.benchLatencies.length > n, before, { timeout: 5000 });
  }
  return page.evaluate(() => window.benchLatencies);
}

async function measureLatency() {
  // Ours: the Impressum guide is on "Impressum öffnen"; the button appears when the drawer opens.
  await startGuide('impressum');
  const page = await ext.context.newPage();
  await page.goto(practiceUrl('aktuell', 'mandanten/6000101'));
  await page.waitForSelector('[data-wegweiser-target]');
  await page.evaluate(RECORDER);
  const ours = await latencyTrials(page);
  await page.close();
  await stopGuide();

  // driver.js 1.8 with waitForElement, same practice page, no extension.
  const driverJs = await readFile('node_modules/driver.js/dist/driver.js.iife.js', 'utf8');
  const driverCss = await readFile('node_modules/driver.js/dist/driver.css', 'utf8');
  const plainPage = await plainContext.newPage();
  await plainPage.goto(practiceUrl('aktuell', 'mandanten'));
  await plainPage.addScriptTag({ content: driverJs });
  await plainPage.addStyleTag({ content: driverCss });
  await plainPage.evaluate(RECORDER);
  const theirs = await latencyTrials(plainPage, (p) => p.evaluate(() => {
    window.benchDriver?.destroy();
    const find = () => [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Impressum');
    window.benchDriver = window.driver.js.driver({ animate: false, waitForElement: 5000, steps: [{ element: find, popover: { title: 'Impressum', description: 'Klicken Sie auf Impressum.' } }] });
    window.benchDriver.drive();
  }));
  await plainPage.close();
  return { ours, theirs };
}

async function scriptTime(page, scenario) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const before = await read();
  await scenario();
  const after = await read();
  await cdp.detach();
  const diff = (name) => (after[name] - before[name]) * 1000;
  return { script: diff('ScriptDuration'), layout: diff('LayoutDuration') + diff('RecalcStyleDuration'), task: diff('TaskDuration') };
}

const LONG_TASKS = () => { window.benchLongTasks = 0; new PerformanceObserver((l) => { window.benchLongTasks += l.getEntries().length; }).observe({ type: 'longtask', buffered: true }); };

async function scenarios(context, label) {
  const results = {};
  // A: a 5,000-row Leistungen list loads, then sits there while the guide does its passes.
  const list = [];
  const listLong = [];
  for (let run = 0; run < 3; run++) {
    const page = await context.newPage();
    await page.goto('about:blank');
    const t = await scriptTime(page, async () => {
      await page.goto(practiceUrl('aktuell', 'leistungen', { query: 'rows=5000' }));
      await page.waitForFunction(() => document.querySelectorAll('tbody tr').length >= 5000);
      await page.evaluate(LONG_TASKS);
      await page.waitForTimeout(1000);
      // A change to the page (a menu group opens) makes the extension look again.
      await page.getByRole('button', { name: 'Organisationseinheiten' }).first().click();
      await page.waitForTimeout(500);
    });
    list.push(t);
    console.log(`    Liste ${label}: Skript ${ms(t.script)}, Layout+Stil ${ms(t.layout)}, Aufgaben gesamt ${ms(t.task)}`);
    listLong.push(await page.evaluate(() => window.benchLongTasks));
    await page.close();
  }
  results.list = medians(list);
  results.listLongTasksAfterLoad = Math.max(...listLong);
  // B: 200 keystrokes in the OE text editor.
  const keys = [];
  const keyLong = [];
  for (let run = 0; run < 3; run++) {
    const page = await context.newPage();
    await page.goto(practiceUrl('aktuell', 'organisationseinheiten/6005095/text'));
    const field = page.getByRole('textbox', { name: 'Beschreibung' });
    await field.click();
    await page.evaluate(LONG_TASKS);
    await page.waitForTimeout(300);
    const k = await scriptTime(page, () => page.keyboard.type('Barrierefreier Zugang über den Seiteneingang. '.repeat(5).slice(0, 200)));
    console.log(`    Tippen ${label}: Skript ${ms(k.script)}, Layout+Stil ${ms(k.layout)}, Aufgaben gesamt ${ms(k.task)}`);
    keys.push(k);
    keyLong.push(await page.evaluate(() => window.benchLongTasks));
    await page.close();
  }
  results.keys = medians(keys);
  results.keysLongTasks = Math.max(...keyLong);
  return results;
}

async function idleCallbacks(context) {
  const page = await context.newPage();
  await page.goto(practiceUrl('aktuell', 'mandanten/6000101'));
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

console.log(`Benchmark: ${TRIALS} Versuche, ${IDLE_MS / 1000} s Leerlauf`);
const latency = await measureLatency();
console.log('Szenarien mit und ohne Erweiterung:');
await startGuide('impressum');
const withExt = await scenarios(ext.context, 'mit Erweiterung');
const idleWith = await idleCallbacks(ext.context);
await stopGuide();
const without = await scenarios(plainContext, 'ohne Erweiterung');
const idleWithout = await idleCallbacks(plainContext);
const size = gzipSync(await readFile('.output/chrome-mv3/content-scripts/admincenter.js'), { level: 9 }).length;

const figures = {
  trials: TRIALS,
  latency: {
    ours: { median: median(latency.ours), p95: p95(latency.ours) },
    driverJs: { median: median(latency.theirs), p95: p95(latency.theirs) },
  },
  // script: JS only (forced layouts inside our passes count here); task: all main-thread work.
  mainThread: {
    list5000: { with: withExt.list, without: without.list, scriptRatio: withExt.list.script / without.list.script, taskRatio: withExt.list.task / without.list.task },
    keys200: { with: withExt.keys, without: without.keys, scriptRatio: withExt.keys.script / without.keys.script, taskRatio: withExt.keys.task / without.keys.task },
  },
  longTasks: {
    list5000: { with: withExt.listLongTasksAfterLoad, without: without.listLongTasksAfterLoad },
    keys200: { with: withExt.keysLongTasks, without: without.keysLongTasks },
  },
  idle: { seconds: IDLE_MS / 1000, with: idleWith, without: idleWithout, extensionTimers: idleWith.timers - idleWithout.timers + (idleWith.frames - idleWithout.frames) },
  contentScriptGzipBytes: size,
};
await mkdir('bench-results', { recursive: true });
await writeFile('bench-results/bench.json', `${JSON.stringify(figures, null, 2)}\n`);

const check = (ok) => (ok ? 'ok' : 'ÜBER ZIEL');
console.log(`
| Messgröße | Wegweiser | Vergleich | Ziel | |
| --- | --- | --- | --- | --- |
| Hervorhebung nach Erscheinen, Median | ${ms(figures.latency.ours.median)} | driver.js ${ms(figures.latency.driverJs.median)} | ≤ 16.7 ms | ${check(figures.latency.ours.median <= 16.7)} |
| Hervorhebung nach Erscheinen, p95 | ${ms(figures.latency.ours.p95)} | driver.js ${ms(figures.latency.driverJs.p95)} | ≤ 33 ms | ${check(figures.latency.ours.p95 <= 33)} |
| Skriptzeit Liste mit 5.000 Zeilen | ${ms(withExt.list.script)} | ohne ${ms(without.list.script)} (× ${figures.mainThread.list5000.scriptRatio.toFixed(3)}) | ≤ × 1.05 | ${check(figures.mainThread.list5000.scriptRatio <= 1.05)} |
| Hauptthread gesamt, Liste mit 5.000 Zeilen | ${ms(withExt.list.task)} | ohne ${ms(without.list.task)} (× ${figures.mainThread.list5000.taskRatio.toFixed(3)}) | ≤ × 1.05 | ${check(figures.mainThread.list5000.taskRatio <= 1.05)} |
| Skriptzeit 200 Tastenanschläge im Editor | ${ms(withExt.keys.script)} | ohne ${ms(without.keys.script)} (× ${figures.mainThread.keys200.scriptRatio.toFixed(3)}) | ≤ × 1.05 | ${check(figures.mainThread.keys200.scriptRatio <= 1.05)} |
| Hauptthread gesamt, 200 Tastenanschläge | ${ms(withExt.keys.task)} | ohne ${ms(without.keys.task)} (× ${figures.mainThread.keys200.taskRatio.toFixed(3)}) | ≤ × 1.05 | ${check(figures.mainThread.keys200.taskRatio <= 1.05)} |
| Long Tasks nach dem Laden der Liste / beim Tippen | ${withExt.listLongTasksAfterLoad} / ${withExt.keysLongTasks} | ohne ${without.listLongTasksAfterLoad} / ${without.keysLongTasks} | keine von der Erweiterung | ${check(withExt.listLongTasksAfterLoad <= without.listLongTasksAfterLoad && withExt.keysLongTasks <= without.keysLongTasks)} |
| Timer- und Frame-Callbacks in ${IDLE_MS / 1000} s Leerlauf | ${idleWith.timers} + ${idleWith.frames} | ohne ${idleWithout.timers} + ${idleWithout.frames} | 0 von der Erweiterung | ${check(figures.idle.extensionTimers <= 0)} |
| Inhaltsskript, gzip | ${(size / 1024).toFixed(1)} KB | | ≤ 20 KB | ${check(size <= 20 * 1024)} |
`);
console.log('Zahlen gespeichert in bench-results/bench.json');
await ext.close();
await plain.close();
