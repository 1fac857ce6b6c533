// Seed data of the practice AdminCenter: every reload starts from here.
// Names follow the KISA guide's examples so screenshots read like the guide.

// The Kommune's own admin is logged in; KISA's user is the one to be added (guide 3.6).
export const CURRENT_USER = 'm.mustermann';

const users = () => [
  { id: 'u1', email: 'support.onlineantrag@kisa.it', benutzername: 'support.onlineantrag@kisa.it', vorname: 'KISA', nachname: 'Support', eingeladen: '01.12.2020 11:31:11', bestaetigung: '01.12.2020 12:19:53' },
  { id: 'u2', email: 'm.mustermann@freiberg.de', benutzername: 'm.mustermann', vorname: 'Max', nachname: 'Mustermann', eingeladen: '03.02.2021 09:12:40', bestaetigung: '03.02.2021 09:30:02' },
  { id: 'u3', email: 'e.beispiel@freiberg.de', benutzername: 'e.beispiel', vorname: 'Erika', nachname: 'Beispiel', eingeladen: '14.06.2022 13:01:00', bestaetigung: '' },
];

const groups = (withProzessRight) => [
  { id: 301, name: 'Mandanten-Administrator', beschreibung: 'Verwaltet den Mandanten.', benutzer: ['u2'] },
  { id: 302, name: 'Mandantenredakteur Behörden und Zuständigkeiten', beschreibung: 'Pflegt Organisationseinheiten und Zuständigkeiten.', benutzer: ['u2', 'u3'] },
  { id: 303, name: 'Mandantenredakteur Behördenkontenverwalter', beschreibung: 'Verwaltet Behördenkonten.', benutzer: [] },
  { id: 307, name: 'Mandantenredakteur Prozessparameter und -integration', beschreibung: 'Zur Aktivierung von Prozessen, die durch die KOMM24 bereitgestellt wurden.', benutzer: withProzessRight ? ['u2'] : [] },
];

const wartungsParams = (mandantId, wartung) => [
  { name: 'mandantId', required: true, beschreibung: 'ID des Mandanten, für den der Prozess gilt', wert: mandantId, typ: 'String' },
  { name: 'prozessParameter', required: false, beschreibung: 'Konfiguration mit den fachlichen Parametern', wert: '', typ: 'JSON-Object' },
  { name: 'kommunikation', required: false, beschreibung: 'Alternative Kommunikationskanäle', wert: '', typ: 'JSON-Object' },
  { name: 'servicekontoNachricht', required: false, beschreibung: 'Zusatztext, welcher an die Servicekonto-Nachricht angehängt wird', wert: '', typ: 'String' },
  { name: 'wartungsmodus', required: false, beschreibung: 'Definiert ob der Wartungsmodus aktiv ist', wert: wartung, typ: 'Boolean' },
  { name: 'wartungsmodusNutzer', required: false, beschreibung: 'Liste aller Nutzer welche trotz Wartungsmodus den Prozess nutzen dürfen', wert: '', typ: 'JSON-String-Map' },
];

// Sections of an OE text; `required` ones carry * (klassisch) or • (aktuell).
const oeTexte = (filled) => ({
  beschreibung: filled ? 'Wir beurkunden Geburten, Eheschließungen und Sterbefälle.' : '',
  barrierefreiheit: { eingangsbereich: filled ? 'Stufenloser Zugang über den Seiteneingang' : '', toiletten: filled ? 'Barrierefreie Toilette im Erdgeschoss' : '', aufzuege: filled ? 'Aufzug vorhanden' : '' },
});

const landesleistungen = () => [
  { id: 6000392, leika: '99089001005000', typisierung: '4', name: 'Veranstaltungen im öffentlichen Straßenraum (Sachsen), Erlaubnis beantragen', typ: 'Landesleistung', sdg: '2050100', kommentar: '' },
  { id: 6000410, leika: '99108008001000', typisierung: '2/3', name: 'Hund anmelden (Hundesteuer)', typ: 'Landesleistung', sdg: '', kommentar: '' },
  { id: 6000433, leika: '99102013000000', typisierung: '3', name: 'Meldebescheinigung beantragen', typ: 'Landesleistung', sdg: '1010100', kommentar: '' },
  { id: 6000451, leika: '99050012104000', typisierung: '2/3', name: 'Gewerbe anmelden', typ: 'Landesleistung', sdg: '2010300', kommentar: '' },
];

// Sections of a Leistung text; only `editable` ones may be changed in an Ergänzung.
export const LEISTUNG_SECTIONS = [
  { key: 'beschreibung', label: 'Beschreibung', required: false, editable: false },
  { key: 'weiterfuehrend', label: 'Weiterführende Informationen', required: false, editable: false },
  { key: 'ortsauswahl', label: 'Eingabeaufforderung zur Ortsauswahl', required: false, editable: false },
  { key: 'zustaendig', label: 'Zuständige Stelle', required: false, editable: false },
  { key: 'voraussetzungen', label: 'Voraussetzungen', required: true, editable: false },
  { key: 'verfahrensablauf', label: 'Verfahrensablauf', required: false, editable: false },
  { key: 'unterlagen', label: 'Erforderliche Unterlagen', required: true, editable: false },
  { key: 'fristen', label: 'Fristen', required: true, editable: false },
  { key: 'kosten', label: 'Kosten (Gebühren)', required: true, editable: true },
  { key: 'bearbeitungsdauer', label: 'Bearbeitungsdauer', required: false, editable: false },
  { key: 'hinweise', label: 'Hinweise (Besonderheiten)', required: false, editable: true },
  { key: 'rechtsgrundlage', label: 'Rechtsgrundlage', required: true, editable: false },
  { key: 'freigabevermerk', label: 'Freigabevermerk', required: true, editable: false },
  { key: 'rechtsbehelf', label: 'Rechtsbehelf', required: true, editable: false },
];

/** A kommunale Ergänzung published before (guide 3.5 done once already): Freiberg's Hundesteuer. */
const hundesteuerErgaenzung = () => ({
  id: 6004557, parentId: 6000410, leika: '99108008001000', typisierung: '2/3', name: 'Hund anmelden (Hundesteuer)', typ: 'Ergänzung', sdg: '', kommentar: '',
  version: '1.0', versions: [{ datum: '14.03.2024 09:12', version: '1.0', art: 'Veröffentlicht' }],
  texte: { kosten: 'Die Hundesteuer richtet sich nach der Hundesteuersatzung der Stadt Freiberg.', hinweise: '' },
});

export const OE_SECTIONS = [
  { key: 'beschreibung', label: 'Beschreibung', required: false },
  { key: 'barrierefreiheit', label: 'Barrierefreiheit', required: true, fields: [
    { key: 'eingangsbereich', label: 'Eingangsbereich' },
    { key: 'toiletten', label: 'Toiletten' },
    { key: 'aufzuege', label: 'Aufzüge' },
  ] },
];

export const KANAELE = ['Telefon', 'Fax', 'E-Mail', 'Servicekonto', 'De-Mail'];

/** A fresh copy of all tenants. `rows` adds that many extra Leistungen (benchmark list). */
export function seedTenants({ rows = 0, prozessRight = true } = {}) {
  const extra = Array.from({ length: rows }, (_, i) => ({
    id: 7000000 + i, leika: String(99000000000000 + i * 1000), typisierung: '4',
    name: `Testleistung ${i + 1}`, typ: 'Landesleistung', sdg: '', kommentar: '',
  }));
  return [
    {
      id: 6000101, key: 'mdt-freiberg', name: 'Freiberg', beschreibung: 'Große Kreisstadt Freiberg',
      impressum: '', datenschutz: '', bild: null,
      oes: [
        { id: 6005095, parentId: null, name: 'Standesamt (Sachgebiet Personenstandswesen)', behoerdenschluessel: '14522180', behoerde: 'Große Kreisstadt Freiberg', istBehoerde: false, externeId: '', version: '13.1', versions: [{ datum: '12.05.2022 10:14', version: '13.1', art: 'Veröffentlicht' }],
          kommunikation: [
            { kanal: 'Telefon', kennung: '+49 3731 273 733', zusatz: '' },
            { kanal: 'Fax', kennung: '+49 3731 273 73 733', zusatz: '' },
            { kanal: 'E-Mail', kennung: 'standesamt@freiberg.de', zusatz: '' },
          ], texte: oeTexte(true) },
        { id: 6005120, parentId: null, name: 'Steueramt', behoerdenschluessel: '14522180', behoerde: 'Große Kreisstadt Freiberg', istBehoerde: false, externeId: '', version: '0.1', versions: [{ datum: '02.03.2023 08:40', version: '0.1', art: 'Arbeitsversion' }],
          kommunikation: [{ kanal: 'Fax', kennung: '+49 3731 273 100', zusatz: '' }], texte: oeTexte(false) },
      ],
      leistungen: [...landesleistungen(), hundesteuerErgaenzung(), ...extra],
      prozesse: [
        { id: 3901, name: 'KOMM24Hundesteueranmeldung', aktiv: true, version: 'v2.0', deployedAm: '18.02.2026', deployedUm: '15:23', parameter: wartungsParams('145220180180-freiberg', 'true') },
        { id: 3902, name: 'KOMM24Gewerbeanmeldung', aktiv: false, version: 'v1.4', deployedAm: '02.10.2025', deployedUm: '09:05', parameter: wartungsParams('', 'true') },
      ],
      gruppen: groups(prozessRight),
      benutzer: users(),
    },
    {
      id: 6000102, key: 'mdt-lra-mittelsachsen', name: 'Landratsamt Mittelsachsen', beschreibung: 'Landkreis Mittelsachsen',
      impressum: 'Landratsamt Mittelsachsen\nFrauensteiner Straße 43\n09599 Freiberg', datenschutz: '', bild: 'wappen-mittelsachsen.png',
      oes: [
        { id: 6006001, parentId: null, name: 'Straßenverkehrsbehörde', behoerdenschluessel: '14522000', behoerde: 'Landratsamt Mittelsachsen', istBehoerde: true, externeId: '', version: null, versions: [], kommunikation: [], texte: oeTexte(false) },
      ],
      leistungen: landesleistungen(),
      prozesse: [
        { id: 3950, name: 'KOMM24Sondernutzungserlaubnis', aktiv: true, version: 'v1.1', deployedAm: '11.11.2025', deployedUm: '11:11', parameter: wartungsParams('14522000-lra', 'true') },
      ],
      gruppen: groups(prozessRight),
      benutzer: users(),
    },
  ];
}
