import { AppHeader } from '../../components/AppHeader';
import { LegalLinks } from '../../components/LegalLinks';
import { ClearDataSection } from './ClearDataSection';

/** What the extension keeps, where, for how long, and how to delete it: the list follows shared/storage.ts. */
export function App() {
  return (
    <>
      <AppHeader subtitle="Datenschutz" />
      <main class="text-page">
        <h2>Das Wichtigste in Kürze</h2>
        <p>
          Der AdminCenter-Wegweiser speichert nur in Ihrem Browser, was er für Ihre Checklisten und die laufende
          Anleitung braucht. Er übermittelt nichts, an niemanden: Er stellt keine Anfragen ins Netz, zählt nicht mit,
          wie Sie ihn benutzen (keine Telemetrie), und lädt keinen Code nach.
        </p>

        <h2>Was der Wegweiser liest</h2>
        <p>
          Nur auf den Seiten des AdminCenters (den beiden voreingestellten Adressen und denen, die Sie oder Ihre IT
          hinzugefügt haben) liest er, was auf dem Bildschirm steht: welche Seite offen ist, welcher Mandant eingestellt
          ist und was davon zeigt, dass ein Punkt der Anleitung erledigt ist. Er ändert im AdminCenter nichts.
          Andere Internetseiten liest er nicht.
        </p>

        <h2>Was er speichert, und wo</h2>
        <p>Im Speicher der Erweiterung in diesem Browserprofil, bis Sie es löschen:</p>
        <ul>
          <li>
            <strong>die Checkliste je Mandant:</strong> Name des Mandanten, Adresse des AdminCenters,
            Entwicklungsumgebung oder Live; je Punkt der Status (offen, erledigt, nicht zutreffend), ob Sie oder die
            Seite ihn entschieden haben und wann, Ihre Notiz und was der Wegweiser auf der Seite gesehen hat und wann –
            etwa die Version, den Wert von „wartungsmodus“, ob support.onlineantrag@kisa.it zugeordnet ist, bei einer
            Organisationseinheit die erste E-Mail-Adresse und Telefonnummer unter „Kommunikation“. Dazu die Namen der
            Organisationseinheiten, Leistungen und Prozesse, die Sie geöffnet haben;
          </li>
          <li><strong>beiseitegelegte Checklisten,</strong> die beschädigt waren und deshalb nicht mehr angezeigt werden;</li>
          <li><strong>Mandanten, die Sie selbst benannt haben,</strong> je AdminCenter-Adresse, für Seiten, die keinen Mandanten zeigen;</li>
          <li><strong>die AdminCenter-Adressen, die Sie hinzugefügt haben;</strong></li>
        </ul>
        <p>Nur bis Sie den Browser schließen:</p>
        <ul>
          <li>
            <strong>die laufende Anleitung je Tab</strong> (Aufgabe, Schritt, bearbeiteter Eintrag) und je Tab die zuletzt
            beendete, damit Alt+Umschalt+W sie zurückholen kann; mit dem Tab endet auch seine Anleitung.
          </li>
          <li>
            <strong>der zuletzt benutzte AdminCenter-Tab:</strong> seine Nummer, die Adresse der Seite, die erkannte
            Oberfläche, der Mandant, ob eine Anmeldeseite zu sehen war, und wann.
          </li>
        </ul>
        <p>Vorgaben Ihrer IT (per Richtlinie) liest der Wegweiser nur; ändern oder löschen kann sie nur Ihre IT.</p>

        <h2>Was den Browser verlässt</h2>
        <p>
          Von selbst nichts. Eine Datei entsteht nur, wenn Sie sie anfordern und speichern; wohin Sie sie geben, bestimmen Sie:
        </p>
        <ul>
          <li>
            <strong>Diagnose</strong> für den Support: beschreibt die offene AdminCenter-Seite; Eingaben, E-Mail-Adressen,
            Telefonnummern und Benutzernamen sind vorher durch Platzhalter ersetzt. Wie viele, sehen Sie vor dem Speichern;
          </li>
          <li><strong>Sicherung:</strong> enthält die Checklisten mit den Namen Ihrer Mandanten und Ihren Notizen;</li>
          <li><strong>Bereitschaftsbericht:</strong> die Checkliste eines Mandanten zum Drucken oder als Markdown-Datei.</li>
        </ul>

        <ClearDataSection />
        <p>Wenn Sie die Erweiterung aus dem Browser entfernen, löscht der Browser alles, was sie gespeichert hat.</p>
      </main>
      <LegalLinks />
    </>
  );
}
