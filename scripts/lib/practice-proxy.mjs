// An HTTPS proxy that serves the practice AdminCenter under the real AdminCenter host names and
// refuses everything else, for browsers without Playwright's request routing (Firefox).
import http from 'node:http';
import https from 'node:https';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { practiceResponse } from './practice-files.mjs';

// The two AdminCenter hosts, and one an IT department presets by policy (tests/e2e/policy.e2e.ts).
export const PRACTICE_HOSTS = ['admincenter.amt24dev.sachsen.de', 'admincenter.amt24.sachsen.de', 'acdev.service-bw.de'];

/** A throwaway self-signed certificate for both hosts (the browser is told to accept it). */
function selfSignedCertificate() {
  const dir = mkdtempSync(join(tmpdir(), 'wegweiser-cert-'));
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-subj', `/CN=${PRACTICE_HOSTS[0]}`,
      '-addext', `subjectAltName=${PRACTICE_HOSTS.map((h) => `DNS:${h}`).join(',')}`,
    ], { stdio: 'pipe' });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } catch (failed) {
    throw new Error(`openssl fehlt oder scheiterte (sudo apt-get install openssl): ${failed.message}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Starts the proxy on a free local port: { port, close() }. */
export async function startPracticeProxy() {
  const site = https.createServer(selfSignedCertificate(), async (req, res) => {
    const { status, headers, body } = await practiceResponse(new URL(req.url, 'https://practice').pathname);
    res.writeHead(status, headers).end(body);
  });
  const allowed = new Set(PRACTICE_HOSTS.map((h) => `${h}:443`));
  const proxy = http.createServer((req, res) => res.writeHead(403).end());
  const tunnels = new Set();
  proxy.on('connect', (req, socket) => {
    tunnels.add(socket);
    socket.once('close', () => tunnels.delete(socket));
    if (!allowed.has(req.url)) return socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    // The browser's TLS session to the AdminCenter host ends here, at the practice site.
    site.emit('connection', socket);
  });
  await new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return {
    port: proxy.address().port,
    close: () => new Promise((resolve) => { tunnels.forEach((s) => s.destroy()); proxy.close(() => resolve()); }),
  };
}
