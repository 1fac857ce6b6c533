// Reads a ZIP archive (as WXT writes them: no ZIP64, stored or deflated) without a tool on the machine.
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry { name: string; data(): Buffer }

export function readZip(path: string): ZipEntry[] {
  const zip = readFileSync(path);
  // The end-of-central-directory record: the last PK\5\6 (a comment may follow it).
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error(`${path}: kein ZIP-Archiv`);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`${path}: Verzeichnis beschädigt`);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    entries.push({
      name,
      data() {
        const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
        const raw = zip.subarray(start, start + size);
        return method === 8 ? inflateRawSync(raw) : Buffer.from(raw);
      },
    });
    at += 46 + skip;
  }
  return entries;
}

/** The files of an archive (folders left out), by path. */
export const zipFiles = (path: string) => new Map(readZip(path).filter((e) => !e.name.endsWith('/')).map((e) => [e.name, e]));
