// The two pages every public body's software owes its users, linked at the foot of the extension's pages.
import './legal.css';

/** Opens in a tab of its own: from the popup or the embedded options page a link would otherwise lead nowhere. */
export function LegalLinks() {
  // On one of the two pages its own link says so (aria-current), for screen readers too.
  const link = (href: string, text: string) => (
    <a href={href} target="_blank" rel="noopener" aria-current={location.pathname === href ? 'page' : undefined}>{text}</a>
  );
  return (
    <footer class="legal-links">
      {link('/datenschutz.html', 'Datenschutz')}
      {' · '}
      {link('/barrierefreiheit.html', 'Erklärung zur Barrierefreiheit')}
    </footer>
  );
}
