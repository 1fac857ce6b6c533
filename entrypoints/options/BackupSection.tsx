import { useEffect, useRef, useState } from 'preact/hooks';
import { saveFile } from '../../components/save-file';
import { send } from '../../shared/messages';
import { MAX_BACKUP_BYTES, backupFileName, notImported, tenants, tooLargeProblem } from '../../shared/backup-format';
import { MERGE_RULE } from '../../rules/checklist-merge';

type Mode = 'merge' | 'replace';

/** "Sicherung": all checklists as one file, and back. The background checks and writes; this page only asks. */
export function BackupSection() {
  const [mode, setMode] = useState<Mode>('merge');
  const [file, setFile] = useState<File | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [notice, setNotice] = useState('');
  // The live regions appear with the admin's first action, before any message (the hosts form has its own).
  const [used, setUsed] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);

  useEffect(() => { if (confirming) confirmButton.current?.focus(); }, [confirming]);

  function begin() {
    setUsed(true);
    setError('');
    setNotice('');
  }

  async function download() {
    begin();
    const reply = await send({ type: 'backup/export' });
    if (!reply.ok || reply.file === undefined) return setError(reply.ok ? 'Die Sicherung konnte nicht erstellt werden.' : reply.error);
    const name = backupFileName(new Date());
    saveFile(name, reply.file, 'application/json');
    const count = Object.keys(JSON.parse(reply.file).progress).length;
    setNotice(`Die Sicherung „${name}“ ${count ? `mit ${tenants(count)}` : "ohne Mandanten"} wurde erstellt; Ihr Browser legt sie in den Download-Ordner.`);
  }

  async function submit(event: Event) {
    event.preventDefault();
    begin();
    if (!file) return setError('Bitte wählen Sie zuerst eine Sicherungsdatei aus.');
    // Checked before the file is read at all.
    if (file.size > MAX_BACKUP_BYTES) return setError(notImported(tooLargeProblem(file.size)));
    if (mode === 'replace' && !confirming) return setConfirming(true);
    setConfirming(false);
    setBusy(true);
    try {
      const reply = await send({ type: 'backup/import', text: await file.text(), mode });
      if (!reply.ok) return setError(reply.error);
      setNotice(reply.notice ?? 'Die Sicherung wurde eingelesen.');
      setFile(null);
      if (fileInput.current) fileInput.current.value = '';
    } catch {
      setError(notImported('Die Datei konnte nicht gelesen werden.'));
    } finally {
      setBusy(false);
    }
  }

  function choose(next: Partial<{ mode: Mode; file: File | null }>) {
    if (next.mode) setMode(next.mode);
    if (next.file !== undefined) setFile(next.file);
    setConfirming(false);
  }

  return (
    <section class="backup" aria-labelledby="backup-heading">
      <h2 id="backup-heading">Sicherung</h2>
      <p>
        Die Checklisten aller Mandanten – Status, Ihre Notizen und was der Wegweiser gesehen hat – als eine Datei,
        z. B. vor einem Wechsel des Browsers oder Rechners.
      </p>
      <p><button type="button" onClick={download}>Sicherung herunterladen</button></p>
      <form onSubmit={submit} noValidate>
        <p>
          <label for="backup-file">Sicherung einlesen</label>{' '}
          <input id="backup-file" ref={fileInput} type="file" accept=".json,application/json"
            onChange={(e) => choose({ file: (e.currentTarget as HTMLInputElement).files?.[0] ?? null })} />
        </p>
        <fieldset>
          <legend>Beim Einlesen</legend>
          <p>
            <input id="backup-merge" type="radio" name="backup-mode" value="merge" checked={mode === 'merge'}
              aria-describedby="backup-merge-help" onChange={() => choose({ mode: 'merge' })} />{' '}
            <label for="backup-merge">Zusammenführen</label>
          </p>
          <p id="backup-merge-help" class="hint">{MERGE_RULE}</p>
          <p>
            <input id="backup-replace" type="radio" name="backup-mode" value="replace" checked={mode === 'replace'}
              aria-describedby="backup-replace-help" onChange={() => choose({ mode: 'replace' })} />{' '}
            <label for="backup-replace">Ersetzen</label>
          </p>
          <p id="backup-replace-help" class="hint">Alle Checklisten in diesem Browser werden durch die der Datei ersetzt; Mandanten, die nicht in der Datei stehen, fallen weg.</p>
        </fieldset>
        {confirming ? (
          <div class="confirm" role="group" aria-labelledby="backup-confirm-text">
            <p id="backup-confirm-text">
              Wirklich ersetzen? Alle Checklisten in diesem Browser werden durch die aus „{file?.name}“ ersetzt. Wenn Sie den
              jetzigen Stand behalten möchten, laden Sie vorher eine Sicherung herunter.
            </p>
            <button type="submit" ref={confirmButton}>Ja, ersetzen</button>{' '}
            <button type="button" class="secondary" onClick={() => setConfirming(false)}>Abbrechen</button>
          </div>
        ) : (
          <p><button type="submit" disabled={busy}>Jetzt einlesen</button></p>
        )}
        {used && <p class="error" role="alert">{error}</p>}
        {used && <p class="notice" role="status">{notice}</p>}
      </form>
    </section>
  );
}
