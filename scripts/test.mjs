// `npm test`: builds the extension, then runs unit/component tests and the end-to-end suite
// (real Chromium, built extension) in one vitest run, and closes with one summary line.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { findChromium, INSTALL_HINT } from './lib/chromium.mjs';

const bin = (name) => `node_modules/.bin/${name}`;
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status ?? 1;

if (!findChromium()) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
if (run(bin('wxt'), ['build']) !== 0 || run(bin('wxt'), ['build', '-b', 'firefox']) !== 0) {
  console.error('Der Build ist fehlgeschlagen: die Tests laufen nicht.');
  process.exit(1);
}
const report = 'test-results/vitest.json';
rmSync(report, { force: true });
const status = run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)]);

let summary;
try {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  summary = { passed: json.numPassedTests, failed: json.numFailedTests, skipped: json.numPendingTests + json.numTodoTests };
} catch {
  summary = { passed: 0, failed: 1, skipped: 0 };
}
const failed = summary.failed || (status !== 0 ? Math.max(1, summary.failed) : 0);
console.log(`\nTests: ${summary.passed} passed, ${failed} failed${summary.skipped ? `, ${summary.skipped} skipped` : ''}`);
process.exit(status !== 0 || failed ? 1 : 0);
