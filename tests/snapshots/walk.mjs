// How to reach every page view on the practice AdminCenter, per UI generation: the examples that the
// page detectors are tested against (scripts/capture-snapshots.mjs saves one snapshot per view and UI).

const FREIBERG = 6000101;
const STANDESAMT = 6005095;
const VERANSTALTUNG = 6000392;
const HUNDESTEUER = 3901;
const ADMINS = 301;

/** A click on the element of that role and name; an icon glyph may stand before the name (Vaadin 8). */
const click = (role, name) => (page) => page.getByRole(role, { name: new RegExp(`^\\W*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).first().click();

/** view id → { route, query?, act?(page, ui) } */
export const WALK = {
  'login': { route: 'neuigkeiten', query: 'login=1' },
  'neuigkeiten': { route: 'neuigkeiten' },
  'mandanten-list': { route: 'mandanten' },
  'mandant-drawer': { route: `mandanten/${FREIBERG}` },
  'mandant-impressum': { route: `mandanten/${FREIBERG}/impressum` },
  'mandant-datenschutz': { route: `mandanten/${FREIBERG}/datenschutzbeauftragter` },
  'mandant-bild': { route: `mandanten/${FREIBERG}/bild` },
  'oe-list': { route: 'organisationseinheiten' },
  'oe-new': { route: 'organisationseinheiten/neu' },
  'oe-drawer': { route: `organisationseinheiten/${STANDESAMT}` },
  'oe-kommunikation': { route: `organisationseinheiten/${STANDESAMT}/kommunikation` },
  'oe-text': { route: `organisationseinheiten/${STANDESAMT}/text` },
  'leistungen-list': { route: 'leistungen' },
  'leistung-drawer': { route: `leistungen/${VERANSTALTUNG}` },
  'ergaenzung-drawer': { route: `leistungen/${VERANSTALTUNG}`, act: click('button', 'K. Ergänzung') },
  'ergaenzung-text': { route: `leistungen/${VERANSTALTUNG}`, act: async (page) => { await click('button', 'K. Ergänzung')(page); await click('button', 'Text bearbeiten')(page); } },
  'prozesse-list': { route: 'prozesse' },
  'prozess-drawer': { route: `prozesse/${HUNDESTEUER}` },
  'prozess-aktivieren': { ui: 'klassisch', route: `prozesse/${HUNDESTEUER}/aktivieren` },
  'prozess-parameter': {
    route: `prozesse/${HUNDESTEUER}/aktivieren`,
    act: (page, ui) => (ui === 'klassisch' ? page.getByText('2. Prozessparameter', { exact: true }).click() : page.goto(page.url().replace(/aktivieren$/, 'prozessparameter'))),
  },
  'parameter-form': {
    route: `prozesse/${HUNDESTEUER}/aktivieren`,
    act: async (page, ui) => {
      if (ui === 'klassisch') {
        await page.getByText('2. Prozessparameter', { exact: true }).click();
        // the icon-only edit button in the row of wartungsmodus
        await page.getByRole('row').filter({ has: page.getByRole('gridcell', { name: 'wartungsmodus', exact: true }) }).getByRole('button').click();
      } else {
        await page.goto(page.url().replace(/aktivieren$/, 'prozessparameter'));
        await page.getByRole('gridcell', { name: 'wartungsmodus', exact: true }).click();
      }
    },
  },
  'gruppen-list': { route: 'benutzergruppen' },
  'gruppe-drawer': { route: `benutzergruppen/${ADMINS}` },
  'gruppe-benutzer': { route: `benutzergruppen/${ADMINS}/benutzer` },
};

/** Opens `view` of the practice AdminCenter in `page` as the walk says, for UI generation `ui`. */
export async function openView(page, view, ui, practiceUrl) {
  const how = WALK[view];
  await page.goto(practiceUrl(ui, how.route, { query: how.query ?? '' }));
  await page.waitForLoadState('networkidle');
  if (how.act) await how.act(page, ui);
  await page.waitForTimeout(100);
}

/** Every [view, ui] pair the walk reaches. */
export const WALKED = Object.entries(WALK).flatMap(([view, how]) => ['klassisch', 'aktuell'].filter((ui) => !how.ui || how.ui === ui).map((ui) => [view, ui]));
