import { AppHeader } from '../../components/AppHeader';
import { LegalLinks } from '../../components/LegalLinks';

/**
 * The accessibility statement in the structure BITV 2.0 and Saxony's Barrierefreie-Websites-Gesetz ask for.
 * What it says was checked is what tests/e2e/accessibility.e2e.ts and tests/e2e/legal-pages.e2e.ts check.
 */
export function App() {
  return (
    <>
      <AppHeader subtitle="Erklärung zur Barrierefreiheit" />
      <main class="text-page">
        <p>
          Die Stelle, die Ihnen den AdminCenter-Wegweiser bereitgestellt hat, ist bemüht, ihn im Einklang mit dem
          Barrierefreie-Websites-Gesetz des Freistaates Sachsen und der Barrierefreie-Informationstechnik-Verordnung
          (BITV 2.0) barrierefrei zugänglich zu machen.
        </p>
        <p>
          Diese Erklärung gilt für die Browser-Erweiterung: ihre Seitenleiste, das Fenster des Symbols, die
          Einstellungen, den Bereitschaftsbericht, die Seite „Datenschutz“ und diese Seite, dazu die Schrittkarte und
          die Hervorhebung auf den Seiten des AdminCenters. Für das AdminCenter selbst gilt sie nicht.
        </p>

        <h2>Stand der Vereinbarkeit mit den Anforderungen</h2>
        <p>
          Der AdminCenter-Wegweiser ist mit den Anforderungen der BITV 2.0 teilweise vereinbar. Was nicht oder noch
          nicht barrierefrei ist, steht im nächsten Abschnitt.
        </p>

        <h2>Nicht barrierefreie Inhalte</h2>
        <ul>
          <li>
            <strong>Die Anleitung auf den Seiten des AdminCenters hängt von dessen Barrierefreiheit ab.</strong> Der
            Wegweiser zeigt auf Schaltflächen, Menüeinträge und Felder des AdminCenters. Ob sie sich mit der Tastatur
            erreichen lassen und einen Namen haben, den ein Screenreader vorliest, bestimmt das AdminCenter. Der
            Wegweiser ändert im AdminCenter nichts und kann dessen Barrieren deshalb nicht beheben.
          </li>
          <li>
            <strong>Die Umrandung des nächsten Elements ist nur zu sehen.</strong> Screenreader sagen sie nicht an. Die
            Schrittkarte nennt das Element deshalb mit seinem Namen, z. B. „Klicken Sie unter „Verwalten“ auf
            Impressum.“, und ein neuer Schritt wird angesagt.
          </li>
          <li>
            <strong>Die Schrittkarte nimmt Ihnen den Fokus nicht weg.</strong> Mit der Tab-Taste erreichen Sie sie nach
            den Bedienelementen der Seite; auf Seiten mit vielen Bedienelementen braucht das viele Tastendrücke.
            Alt+Umschalt+W blendet die Anleitung aus und wieder ein, Esc auf der Karte beendet sie.
          </li>
          <li>
            <strong>Der Bereitschaftsbericht als PDF</strong> entsteht im Druckdialog Ihres Browsers; ob die PDF-Datei
            für Screenreader ausgezeichnet ist, hängt vom Browser ab. Als Alternative gibt es den Bericht als
            Markdown-Datei.
          </li>
        </ul>

        <h2>Erstellung dieser Erklärung</h2>
        <p>
          Diese Erklärung wurde am 2. Dezember 2026 für Version 0.1.0 erstellt. Sie beruht auf einer Selbstbewertung
          durch die Entwicklerinnen und Entwickler. Dazu prüfen automatische Tests in echtem Chromium:
        </p>
        <ul>
          <li>
            mit axe-core nach den Kriterien der WCAG 2.1, Stufen A und AA: die Seitenleiste (auch mit allen Anleitungen
            und mit laufender Anleitung), das Fenster des Symbols, die Einstellungen (auch mit Fehlermeldung und mit der
            Nachfrage vor dem Ersetzen einer Sicherung), den Bereitschaftsbericht, die Schrittkarte in der klassischen
            und der aktuellen Oberfläche, die Seite „Datenschutz“ (auch mit der Nachfrage vor dem Löschen) und diese Seite;
          </li>
          <li>
            die Bedienung nur mit der Tastatur: in der Seitenleiste einen Punkt abhaken und eine Anleitung starten, in
            den Einstellungen eine Adresse eingeben und die Fehlermeldung erreichen, eine Sicherung einlesen, auf der
            AdminCenter-Seite die Schrittkarte mit der Tab-Taste erreichen und wieder verlassen, die Anleitung mit Esc beenden;
          </li>
          <li>dass die Schrittkarte jeden neuen Schritt über einen Live-Bereich ansagt.</li>
        </ul>
        <p>
          Automatische Prüfungen finden nur einen Teil möglicher Barrieren. Ein BITV-Test durch Fachleute, Tests mit
          Screenreadern und mit starker Vergrößerung stehen noch aus.
        </p>

        <h2>Feedback und Kontakt</h2>
        <p>
          Ist Ihnen eine Barriere aufgefallen, oder brauchen Sie Inhalte in einer anderen Form? Wenden Sie sich an die
          Stelle, die Ihnen den Wegweiser bereitgestellt hat, in der Regel Ihre IT. Nennen Sie dabei die Seite oder den
          Schritt, die Oberfläche des AdminCenters (klassisch oder aktuell) und, wenn Sie mögen, Ihr Hilfsmittel, etwa
          einen Screenreader.
        </p>
        <p>
          Barrieren im AdminCenter selbst betreffen dessen Betreiber; Ansprechpartner ist der SID Service Desk
          (Anwendungsbetreuung Amt24), siehe „Hilfe und Kontakt“ in der Seitenleiste.
        </p>

        <h2>Durchsetzungsverfahren</h2>
        <p>
          Haben Sie über den Kontakt oben keine zufriedenstellende Antwort erhalten, können Sie sich an die
          Durchsetzungsstelle des Freistaates Sachsen wenden, beim Beauftragten der Sächsischen Staatsregierung für die
          Belange von Menschen mit Behinderungen. Die aktuellen Kontaktdaten stehen auf den Internetseiten der
          Sächsischen Staatsregierung.
        </p>
      </main>
      <LegalLinks />
    </>
  );
}
