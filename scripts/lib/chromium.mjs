// Finding Chromium and the flags it needs here (root, no network).
import { existsSync } from 'node:fs';

// Linux first (Debian's chromium), then where Chrome and Edge install themselves on Linux, macOS and Windows.
const CANDIDATES = [
  '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/microsoft-edge',
  '/opt/google/chrome/chrome', '/opt/microsoft/msedge/msedge',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];

export function findChromium() {
  const path = [process.env.CHROMIUM_PATH, ...CANDIDATES].find((p) => p && existsSync(p));
  return path ?? null;
}

export const INSTALL_HINT =
  'Kein Chromium gefunden. Installieren Sie es, z. B. unter Debian/Ubuntu mit: sudo apt-get install chromium\n' +
  '(oder geben Sie den Pfad in der Umgebungsvariablen CHROMIUM_PATH an).';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic', '--no-default-browser-check',
];
