// `npm run fuzz`: the backup-import fuzz test with many more files than in `npm test` (default 10,000).
// Usage: npm run fuzz [-- count [seed]]
import { spawnSync } from 'node:child_process';

const [count = '10000', seed] = process.argv.slice(2);
const env = { ...process.env, FUZZ_COUNT: count, ...(seed ? { FUZZ_SEED: seed } : {}) };
const args = ['run', '--project', 'unit', 'tests/unit/backup-fuzz.test.ts'];
process.exit(spawnSync('node_modules/.bin/vitest', args, { stdio: 'inherit', env }).status ?? 1);
