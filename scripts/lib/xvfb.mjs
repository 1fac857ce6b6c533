// A virtual screen (Xvfb) for what headless Chromium cannot show: its own permission prompt, answered by
// keyboard (xdotool) the way a person would. Debian: apt-get install -y xvfb xdotool.
import { spawn, execFileSync } from 'node:child_process';

/** Starts Xvfb on a free display; resolves to { display, pressKeys(...keys), close() }. */
export function startXvfb() {
  return new Promise((resolve, reject) => {
    // -displayfd: Xvfb picks a free display number itself and writes it to fd 3 once it accepts clients.
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1400x1000x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    xvfb.stderr.on('data', (chunk) => { err += chunk; });
    xvfb.once('error', (e) => reject(new Error(`Xvfb startet nicht (${e.message}). Installieren Sie es mit: apt-get install -y xvfb xdotool`)));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb hat sich beendet (${code}): ${err.trim().slice(-300)}`)));
    xvfb.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (!out.includes('\n')) return;
      const display = `:${out.trim()}`;
      resolve({
        display,
        pressKeys: (...keys) => execFileSync('xdotool', ['key', '--delay', '150', ...keys], { env: { ...process.env, DISPLAY: display } }),
        close: () => new Promise((done) => {
          xvfb.removeAllListeners('exit');
          xvfb.once('exit', () => done());
          xvfb.kill();
        }),
      });
    });
  });
}
