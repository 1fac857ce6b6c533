import { useEffect, useState } from 'preact/hooks';
import { useManaged } from '../../components/useManaged';
import { browser } from 'wxt/browser';
import { AppHeader } from '../../components/AppHeader';
import { useStoredValue } from '../../components/useStoredValue';
import { extraHostsItem } from '../../shared/storage';
import { DEFAULT_HOSTS, hostPattern, parseHostInput } from '../../shared/hosts';
import { send } from '../../shared/messages';
import { BackupSection } from './BackupSection';
import { LegalLinks } from '../../components/LegalLinks';

export function App() {
  const managed = useManaged();
  const itHosts = useGranted(managed.hosts);
  // An address the IT presets is listed once, as the IT's.
  const hosts = (useStoredValue(extraHostsItem) ?? []).filter((h) => !managed.hosts.includes(h));
  const [input, setInput] = useState('');
  const [error, setError] = useState('');
  const [notice, setNotice] = useState('');

  async function add(event: Event) {
    event.preventDefault();
    setNotice('');
    const parsed = parseHostInput(input, [...DEFAULT_HOSTS, ...hosts, ...managed.hosts]);
    if ('error' in parsed) return setError(parsed.error);
    setError('');
    // The browser asks the admin first; this must happen within the click.
    const granted = await browser.permissions.request({ origins: [hostPattern(parsed.origin)] });
    if (!granted) return setError(`Sie haben den Zugriff auf ${parsed.origin} nicht erlaubt. Die Adresse wurde nicht hinzugefügt.`);
    const reply = await send({ type: 'hosts/add', origin: parsed.origin });
    if (!reply.ok) return setError(reply.error);
    setInput('');
    setNotice(`${parsed.origin} wurde hinzugefügt. Laden Sie offene AdminCenter-Tabs dieser Adresse neu.`);
  }

  async function allow(origin: string) {
    setError('');
    const granted = await browser.permissions.request({ origins: [hostPattern(origin)] });
    if (!granted) return setError(`Sie haben den Zugriff auf ${origin} nicht erlaubt. Der Wegweiser arbeitet dort erst, wenn Sie ihn erlauben.`);
    managed.refresh();
    setNotice(`Der Wegweiser arbeitet jetzt auf ${origin}. Laden Sie offene AdminCenter-Tabs dieser Adresse neu.`);
  }

  async function remove(origin: string) {
    const reply = await send({ type: 'hosts/remove', origin });
    if (reply.ok) setNotice(`${origin} wurde entfernt.`);
    else setError(reply.error);
  }

  return (
    <>
      <AppHeader subtitle="Einstellungen" />
      <main>
        <h2 id="hosts-heading">AdminCenter-Adressen</h2>
        <p>Auf diesen Adressen zeigt Ihnen der Wegweiser die nächsten Schritte an.</p>
        <ul class="plain" aria-labelledby="hosts-heading">
          {DEFAULT_HOSTS.map((h) => (
            <li key={h}><span>{h}</span><span class="tag">voreingestellt</span></li>
          ))}
          {itHosts.map(({ origin, granted }) => (
            <li key={origin}>
              <span>{origin}</span><span class="tag">von Ihrer IT vorgegeben</span>
              {!granted && (
                // The browser asks each person once for an address outside the built-in two; the IT cannot answer for them.
                <button type="button" aria-label={`Zugriff erlauben: ${origin}`} onClick={() => allow(origin)}>Zugriff erlauben</button>
              )}
            </li>
          ))}
          {hosts.map((h) => (
            <li key={h}>
              <span>{h}</span>
              <button type="button" class="secondary" onClick={() => remove(h)} aria-label={`${h} entfernen`}>Entfernen</button>
            </li>
          ))}
        </ul>
        {managed.notices.length > 0 && (
          <div class="notice" role="status">
            <p>Einige Vorgaben Ihrer IT passen nicht und werden nicht beachtet:</p>
            <ul>{managed.notices.map((n) => <li key={n}>{n}</li>)}</ul>
          </div>
        )}
        <form onSubmit={add} noValidate>
          <h2><label for="new-host">Weitere Adresse hinzufügen</label></h2>
          <p id="new-host-help">Zum Beispiel das AdminCenter eines anderen Systems: https://acdev.service-bw.de</p>
          <input id="new-host" type="url" value={input} aria-describedby="new-host-help host-error"
            aria-invalid={error ? 'true' : undefined}
            onInput={(e) => setInput((e.target as HTMLInputElement).value)} />{' '}
          <button type="submit">Hinzufügen</button>
          <p id="host-error" class="error" role="alert">{error}</p>
          <p class="notice" role="status">{notice}</p>
        </form>
        <BackupSection />
      </main>
      <LegalLinks />
    </>
  );
}

/**
 * The IT's addresses with whether this browser may already work there; only this page asks the browser. Listed once
 * all are known, so an address never shows "Zugriff erlauben" before the browser has answered for it.
 */
function useGranted(origins: string[]): { origin: string; granted: boolean }[] {
  const [hosts, setHosts] = useState<{ origin: string; granted: boolean }[]>([]);
  useEffect(() => {
    let live = true;
    void Promise.all(origins.map(async (origin) =>
      ({ origin, granted: await browser.permissions.contains({ origins: [hostPattern(origin)] }).catch(() => false) })))
      .then((checked) => live && setHosts(checked));
    return () => { live = false; };
  }, [origins]);
  return hosts;
}
