// What the extension recognised on the page, in one plain German sentence for the admin: never a request
// to log in unless a login form is on screen, and an unknown page said as such.
import { GENERATION_NAMES, type Generation } from './generation';

export interface PageStatus {
  generation: Generation | null;
  /** a login form is on screen */
  login: boolean;
  /** the page, drawer, dialog or tab is one the guide knows */
  known: boolean;
  tenant: string | null;
}

export function statusText({ generation, login, known, tenant }: PageStatus): string {
  if (login) return 'Bitte melden Sie sich im AdminCenter an.';
  const seen = [generation ? GENERATION_NAMES[generation] : '', tenant ? `Mandant ${tenant}` : ''].filter(Boolean).join(', ');
  if (known && generation) return `${GENERATION_NAMES[generation]} erkannt${tenant ? `, Mandant ${tenant}` : ''}.`;
  const unknown = 'Diese Seite des AdminCenters kenne ich noch nicht.';
  return seen ? `${unknown} Erkannt: ${seen}.` : `${unknown} Weder die Oberfläche noch den Mandanten erkenne ich hier.`;
}

export interface Recognition {
  generation: Generation | null;
  dev: boolean;
  tenant: string | null;
  /** the page's place, from the main menu down ("Benutzerverwaltung → Mandanten → Ihr Mandant"), null for an unknown page */
  place: string | null;
}

/** For a support call: "Ich erkenne: aktuelle Oberfläche, Entwicklungsumgebung, Mandant Freiberg, Seite …". */
export function recognitionText({ generation, dev, tenant, place }: Recognition): string {
  return `Ich erkenne: ${[
    generation ? GENERATION_NAMES[generation] : 'keine bekannte Oberfläche',
    dev ? 'Entwicklungsumgebung' : 'Live-System',
    tenant ? `Mandant ${tenant}` : 'keinen Mandanten',
    place ? `Seite ${place}` : 'eine Seite, die ich nicht kenne',
  ].join(', ')}.`;
}
