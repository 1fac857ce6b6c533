// Reads a ZIP archive with JSZip, the dev dependency force-install.e2e.ts writes its .xpi with.
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';

/** The files of an archive (folders left out): path → content. */
export async function zipFiles(path: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const files = Object.values(zip.files).filter((entry) => !entry.dir);
  return new Map(await Promise.all(files.map(async (entry) => [entry.name, await entry.async('nodebuffer')] as const)));
}
