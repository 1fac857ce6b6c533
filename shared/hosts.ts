// AdminCenter hosts: the two compiled in, and those the admin adds on the options page.

export const DEFAULT_HOSTS = [
  'https://admincenter.amt24dev.sachsen.de',
  'https://admincenter.amt24.sachsen.de',
] as const;

export const hostPattern = (origin: string) => `${origin}/*`;

export type HostInput = { origin: string } | { error: string };

/** Turns what the admin typed into an https origin, or a German message why not. */
export function parseHostInput(raw: string, known: readonly string[] = []): HostInput {
  const text = raw.trim();
  if (!text) return { error: 'Bitte geben Sie die Adresse des AdminCenters ein, z. B. https://admincenter.beispiel.de' };
  if (/\s/.test(text)) return { error: 'Die Adresse darf keine Leerzeichen enthalten.' };
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    return { error: 'Bitte geben Sie die vollständige Adresse mit https:// an, z. B. https://admincenter.beispiel.de' };
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { error: 'Das ist keine gültige Internetadresse. Beispiel: https://admincenter.beispiel.de' };
  }
  if (url.protocol !== 'https:') return { error: 'Nur verschlüsselte Adressen (https://) sind erlaubt.' };
  if (url.username || url.password) return { error: 'Die Adresse darf keinen Benutzernamen und kein Passwort enthalten.' };
  if (text.includes('*') || !/^[a-z0-9.-]+$/i.test(url.hostname) || !url.hostname.includes('.') && url.hostname !== 'localhost') {
    return { error: 'Bitte geben Sie einen vollständigen Servernamen ohne Platzhalter an, z. B. admincenter.beispiel.de' };
  }
  const origin = url.origin;
  if (known.includes(origin)) return { error: `${origin} ist bereits in der Liste.` };
  return { origin };
}
