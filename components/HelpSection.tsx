/** Who helps when the guide does not: KISA, the SID Service Desk, and SID's free trainings (guide parts 1 and 5). */
export function HelpSection() {
  return (
    <section class="help" aria-labelledby="help-heading">
      <h2 id="help-heading">Hilfe und Kontakt</h2>
      <dl>
        <dt>KISA – Support Online-Antragsassistenten</dt>
        <dd>
          Telefon <a href="tel:+4935186652285">0351 86652 285</a>,{' '}
          E-Mail <a href="mailto:Support.onlineantrag@kisa.it">Support.onlineantrag@kisa.it</a>
        </dd>
        <dt>SID Service Desk, Anwendungsbetreuung Amt24</dt>
        <dd>
          Telefon <a href="tel:+4935179997100">+49 351 79997-100</a>,{' '}
          E-Mail <a href="mailto:servicedesk@sid.sachsen.de">servicedesk@sid.sachsen.de</a>
          <br />Hier erfahren Sie auch, wer in Ihrer Kommune das Administrationskonto hat.
        </dd>
        <dt>Schulungen zum AdminCenter</dt>
        <dd>
          Der SID bietet kostenlose AdminCenter-Schulungen (online, WebEx) für Beschäftigte sächsischer Behörden an.
          Schreiben Sie an{' '}
          <a href="mailto:servicedesk@sid.sachsen.de?subject=Amt24-AdminCenter-Schulung">servicedesk@sid.sachsen.de</a>{' '}
          mit dem Betreff „Amt24-AdminCenter-Schulung“.
        </dd>
      </dl>
    </section>
  );
}
