import { describe, it, expect } from 'vitest';
import { parseHostInput, DEFAULT_HOSTS } from '../../shared/hosts';

describe('parseHostInput', () => {
  it.each([
    ['https://acdev.service-bw.de', 'https://acdev.service-bw.de'],
    ['  https://admincenter.service-bw.de/admincenter/#!prozesslogs ', 'https://admincenter.service-bw.de'],
    ['https://AdminCenter.Beispiel.de:8443/', 'https://admincenter.beispiel.de:8443'],
  ])('accepts %s as %s', (input, origin) => {
    expect(parseHostInput(input)).toEqual({ origin });
  });

  it.each([
    ['', 'Bitte geben Sie die Adresse'],
    ['admincenter.beispiel.de', 'mit https://'],
    ['http://admincenter.beispiel.de', 'Nur verschlüsselte Adressen'],
    ['ftp://admincenter.beispiel.de', 'Nur verschlüsselte Adressen'],
    ['https://*.beispiel.de', 'ohne Platzhalter'],
    ['https://intranet', 'vollständigen Servernamen'],
    ['https://nutzer:geheim@admincenter.beispiel.de', 'keinen Benutzernamen'],
    ['https://admin center.de', 'keine Leerzeichen'],
    ['javascript:alert(1)', 'mit https://'],
  ])('rejects %j with a German message', (input, message) => {
    const result = parseHostInput(input);
    expect(result).toHaveProperty('error');
    expect((result as { error: string }).error).toContain(message);
  });

  it('rejects a host that is already known', () => {
    expect(parseHostInput(DEFAULT_HOSTS[0], DEFAULT_HOSTS)).toEqual({ error: `${DEFAULT_HOSTS[0]} ist bereits in der Liste.` });
  });
});
