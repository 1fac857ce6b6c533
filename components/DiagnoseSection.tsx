import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { saveFile } from './save-file';
import { captureTab } from '../shared/capture-tab';
import { anonymise, diagnoseFileName, diagnoseSummary, type DiagnoseFile } from '../shared/diagnose-file';
import type { RawCapture } from '../shared/diagnose-types';
import type { AdminCenterTab } from '../shared/storage';
import { VIEWS, taskById } from '../rules/index';
import { chainOf, viewName } from '../rules/engine';
import { recognitionText } from '../rules/status';

/** What the page in the AdminCenter tab shows the extension: one sentence, and the running task's steps found there. */
interface Checked { text: string; task?: string; steps: RawCapture['conclusions']['steps'] }

function checked(raw: RawCapture): Checked {
  const c = raw.conclusions;
  const known = c.view ? VIEWS.find((v) => v.id === c.view) : undefined;
  const place = known ? chainOf(VIEWS, known.id).reverse().map((v) => viewName(v, raw.snapshot)).join(' → ') : null;
  const text = recognitionText({ generation: raw.snapshot.generation, dev: c.dev, tenant: raw.snapshot.tenant, place });
  return { text, task: c.task ? taskById(c.task)?.title : undefined, steps: c.steps ?? [] };
}

/** "Diagnose speichern": a description of the AdminCenter page for support, anonymised before it is shown or saved. */
export function DiagnoseSection({ tab }: { tab: AdminCenterTab | null | undefined }) {
  const [file, setFile] = useState<DiagnoseFile | null>(null);
  const [error, setError] = useState('');
  const [notice, setNotice] = useState('');
  // The live regions appear with the admin's first click, before any message (the panel has others of its own).
  const [used, setUsed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [seen, setSeen] = useState<Checked | null>(null);

  /** The raw capture of the page in the AdminCenter tab (it stays in this panel), or a German error shown. */
  async function ask(): Promise<RawCapture | null> {
    if (!tab) {
      setError('Öffnen Sie zuerst die AdminCenter-Seite, die Sie beschreiben möchten, in einem Tab.');
      return null;
    }
    setBusy(true);
    try {
      const raw = await captureTab(tab.tabId);
      if (!raw) throw new Error('no capture');
      return raw;
    } catch {
      setError('Die AdminCenter-Seite antwortet nicht. Laden Sie sie neu und versuchen Sie es noch einmal.');
      return null;
    } finally {
      setBusy(false);
    }
  }

  async function begin() {
    if (!used) {
      setUsed(true);
      // one frame for the live regions to be there before their first message
      await new Promise((done) => requestAnimationFrame(done));
    }
    setError('');
    setNotice('');
    setFile(null);
    setSeen(null);
  }

  async function capture() {
    await begin();
    const raw = await ask();
    if (raw) setFile(anonymise(raw, { now: new Date(), browser: navigator.userAgent, extension: browser.runtime.getManifest().version }));
  }

  async function check() {
    await begin();
    const raw = await ask();
    if (raw) setSeen(checked(raw));
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
        ersetzt der Wegweiser dabei durch Platzhalter; Sie sehen vor dem Speichern, was die Datei enthält. „Seite
        prüfen“ zeigt, was der Wegweiser auf der Seite erkennt und welche Schritte der laufenden Anleitung er dort findet.
      </p>
      <p>
        <button type="button" onClick={capture} disabled={busy}>Diagnose speichern</button>{' '}
        <button type="button" class="secondary" onClick={check} disabled={busy}>Seite prüfen</button>
      </p>
      {/* present from the first click on, so that what the check finds is announced */}
      {used && (
        <div class="diagnose-seen" aria-live="polite">
          {seen && <p>{seen.text}</p>}
          {seen?.task && (
            <>
              <p>Laufende Anleitung „{seen.task}“ – auf dieser Seite zu finden:</p>
              <ul>
                {seen.steps.map((step, i) => <li key={i}>{step.title}: {step.found ? 'ja' : 'nein'}</li>)}
              </ul>
            </>
          )}
        </div>
      )}
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
