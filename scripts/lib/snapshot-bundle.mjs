// utils/snapshot.ts bundled for page.evaluate: the same reader the content script runs.
import { build } from 'esbuild';

export async function snapshotReaderSource() {
  const result = await build({
    stdin: { contents: "export { readSnapshot } from './utils/snapshot';", resolveDir: process.cwd(), loader: 'ts' },
    bundle: true, format: 'iife', globalName: 'WegweiserSnapshot', write: false, target: 'chrome120',
  });
  return result.outputFiles[0].text;
}
