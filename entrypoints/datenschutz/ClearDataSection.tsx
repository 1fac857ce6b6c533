import { useEffect, useRef, useState } from 'preact/hooks';
import { DATA_CLEARED, send } from '../../shared/messages';

/** "Alle gespeicherten Daten löschen", asked twice: the background deletes, this page only asks. */
export function ClearDataSection() {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [notice, setNotice] = useState('');
  const startButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  // The focus follows the question and returns when it is withdrawn: keyboard and screen reader users stay in place.
  const asked = useRef(false);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (asked.current) startButton.current?.focus();
    asked.current ||= confirming;
  }, [confirming]);

  function ask() {
    setError('');
    setNotice('');
    setConfirming(true);
  }

  async function clear() {
    setBusy(true);
    try {
      const reply = await send({ type: 'data/clear' });
      if (!reply.ok) return setError(reply.error);
      setNotice(reply.notice ?? DATA_CLEARED);
    } catch {
      setError('Die Daten konnten nicht gelöscht werden. Bitte versuchen Sie es noch einmal.');
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  }

  return (
    <section class="clear-data" aria-labelledby="clear-heading">
      <h2 id="clear-heading">Daten löschen</h2>
      <p>
        Löscht in diesem Browser die Checklisten aller Mandanten mit Ihren Notizen, die selbst benannten Mandanten, die
        laufende Anleitung und die Adressen, die Sie hinzugefügt haben; den Zugriff auf diese Adressen gibt der Wegweiser
        dem Browser zurück. Wenn Sie den Stand behalten möchten, laden Sie vorher in den Einstellungen unter „Sicherung“
        eine Sicherung herunter.
      </p>
      {confirming ? (
        <div class="confirm" role="group" aria-labelledby="clear-confirm-text">
          <p id="clear-confirm-text">
            Wirklich alles löschen? Das lässt sich nicht rückgängig machen. Ist ein AdminCenter-Tab offen, beginnt der
            Wegweiser dort eine neue Checkliste, sobald Sie weiterarbeiten.
          </p>
          <button type="button" class="danger" ref={confirmButton} disabled={busy} onClick={clear}>Ja, alles löschen</button>{' '}
          <button type="button" class="secondary" onClick={() => setConfirming(false)}>Abbrechen</button>
        </div>
      ) : (
        <p><button type="button" class="danger" ref={startButton} onClick={ask}>Alle gespeicherten Daten löschen</button></p>
      )}
      <p class="error" role="alert">{error}</p>
      <p class="notice" role="status">{notice}</p>
    </section>
  );
}
