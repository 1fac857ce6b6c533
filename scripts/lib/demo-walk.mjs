// The pages the headless demo visits, per UI generation: every page the KISA guide touches.
// `url` is the hash route; `act` what a person clicks there (the demo stands in for the admin).

const FREIBERG = 6000101;
const STANDESAMT = 6005095;
const VERANSTALTUNG = 6000392;
const HUNDESTEUER = 3901;
const ADMINS = 301;

export function DEMO_WALK(ui) {
  return [
    { name: 'anmeldung', url: 'neuigkeiten', query: 'login=1' },
    { name: 'neuigkeiten', url: 'neuigkeiten' },
    { name: 'mandanten', url: 'mandanten' },
    { name: 'mandant', url: `mandanten/${FREIBERG}` },
    { name: 'impressum', url: `mandanten/${FREIBERG}/impressum` },
    { name: 'datenschutzbeauftragter', url: `mandanten/${FREIBERG}/datenschutzbeauftragter` },
    { name: 'bild', url: `mandanten/${FREIBERG}/bild` },
    { name: 'organisationseinheiten', url: 'organisationseinheiten' },
    { name: 'oe-anlegen', url: 'organisationseinheiten/neu' },
    { name: 'oe', url: `organisationseinheiten/${STANDESAMT}` },
    { name: 'kommunikation', url: `organisationseinheiten/${STANDESAMT}/kommunikation` },
    { name: 'oe-text', url: `organisationseinheiten/${STANDESAMT}/text` },
    { name: 'leistungen', url: 'leistungen' },
    { name: 'leistung', url: `leistungen/${VERANSTALTUNG}` },
    { name: 'ergaenzung', act: (page) => page.getByRole('button', { name: 'K. Ergänzung' }).click() },
    { name: 'ergaenzung-text', act: (page) => page.getByRole('button', { name: 'Text bearbeiten' }).click() },
    { name: 'prozesse', url: 'prozesse' },
    { name: 'prozess', url: `prozesse/${HUNDESTEUER}` },
    ui === 'klassisch'
      ? { name: 'prozess-aktivieren', url: `prozesse/${HUNDESTEUER}/aktivieren`, act: (page) => page.getByText('2. Prozessparameter').click() }
      : { name: 'prozessparameter', url: `prozesse/${HUNDESTEUER}/prozessparameter` },
    { name: 'benutzergruppen', url: 'benutzergruppen' },
    { name: 'benutzergruppe', url: `benutzergruppen/${ADMINS}` },
    { name: 'benutzer-zuordnen', url: `benutzergruppen/${ADMINS}/benutzer` },
  ];
}

/** Guides shown at work in the demo: the task, and the page it is seen on. */
export const DEMO_GUIDES = [
  { task: 'impressum', route: `mandanten/${FREIBERG}` },
  { task: 'organisationseinheit', route: `organisationseinheiten/${STANDESAMT}/kommunikation` },
  { task: 'wartungsmodus', route: `prozesse/${HUNDESTEUER}` },
];
