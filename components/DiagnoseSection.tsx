import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { saveFile } from './save-file';
import { anonymise, diagnoseFileName, diagnoseSummary, type DiagnoseFile } from '../utils/diagnose-file';
import type { RawCapture } from '../utils/diagnose-types';
import type { AdminCenterTab } from '../utils/storage';

/** "Diagnose speichern": a description of the AdminCenter page for support, anonymised before it is shown or saved. */
export function DiagnoseSection({ tab }: { tab: AdminCenterTab | null | undefined }) {
  const [file, setFile] = useState<DiagnoseFile | null>(null);
  const [error, setError] = useState('');
  const [notice, setNotice] = useState('');
  // The live regions appear with the admin's first click, before any message (the panel has others of its own).
  const [used, setUsed] = useState(false);
  const [busy, setBusy] = useState(false);

  async function capture() {
    if (!used) {
      setUsed(true);
      // one frame for the live regions to be there before their first message
      await new Promise((done) => requestAnimationFrame(done));
    }
    setError('');
    setNotice('');
    setFile(null);
    if (!tab) return setError('Öffnen Sie zuerst die AdminCenter-Seite, die Sie beschreiben möchten, in einem Tab.');
    setBusy(true);
    try {
      const raw = (await browser.tabs.sendMessage(tab.tabId, { type: 'diagnose/capture' })) as RawCapture | undefined;
      if (!raw?.outline) throw new Error('no capture');
      setFile(anonymise(raw, { now: new Date(), browser: navigator.userAgent, extension: browser.runtime.getManifest().version }));
    } catch {
      setError('Die AdminCenter-Seite antwortet nicht. Laden Sie sie neu und versuchen Sie es noch einmal.');
    } finally {
      setBusy(false);
    }
  }

  const text = () => `${JSON.stringify(file, null, 2)}\n`;

  function save() {
    const name = diagnoseFileName(new Date());
    saveFile(name, text(), 'application/json');
    setNotice(`Die Diagnose „${name}“ liegt in Ihrem Download-Ordner. Senden Sie sie an den Support (siehe „Hilfe und Kontakt“).`);
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(text());
      setNotice('Die Diagnose ist in der Zwischenablage. Fügen Sie sie in Ihre E-Mail an den Support ein.');
    } catch {
      setError('Die Zwischenablage ist nicht erreichbar. Speichern Sie die Diagnose bitte als Datei.');
    }
  }

  return (
    <section class="diagnose" aria-labelledby="diagnose-heading">
      <h2 id="diagnose-heading">Für den Support</h2>
      <p>
        Findet der Wegweiser einen Schritt nicht oder kennt er eine Seite nicht, speichern Sie eine Beschreibung dieser
        Seite und senden Sie sie an den Support. Eingaben, Listeneinträge, Namen, E-Mail-Adressen und Telefonnummern
        ersetzt der Wegweiser dabei durch Platzhalter; Sie sehen vor dem Speichern, was die Datei enthält.
      </p>
      <p><button type="button" onClick={capture} disabled={busy}>Diagnose speichern</button></p>
      {file && (
        <div class="diagnose-ready">
          <p>{diagnoseSummary(file)}</p>
          <p>
            <button type="button" onClick={save}>Datei speichern</button>{' '}
            <button type="button" class="secondary" onClick={copy}>In die Zwischenablage kopieren</button>
          </p>
        </div>
      )}
      {used && <p role="status">{notice}</p>}
      {used && <p role="alert">{error}</p>}
    </section>
  );
}
