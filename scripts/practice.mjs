// `npm run practice`: serves the practice AdminCenter on localhost.
import { createServer } from 'node:http';
import { practiceResponse } from './lib/practice-files.mjs';

const port = Number(process.env.PORT || 8124);
createServer(async (req, res) => {
  const { status, headers, body } = await practiceResponse(new URL(req.url, 'http://localhost').pathname);
  res.writeHead(status, headers).end(body);
}).listen(port, '127.0.0.1', () => {
  console.log(`Übungs-AdminCenter läuft:`);
  console.log(`  aktuelle Oberfläche:   http://localhost:${port}/admincenter/?ui=aktuell#!neuigkeiten`);
  console.log(`  klassische Oberfläche: http://localhost:${port}/admincenter/?ui=klassisch#!neuigkeiten`);
  console.log('Beenden mit Strg+C.');
});
