// Organisationseinheiten (klassisch top menu / aktuell sidebar): list, new form, drawer, Kommunikation, Text.
import { views, type PageView } from '../model';
import type { Snapshot } from '../types';
import { hasButton, hasHeading, menuEntry } from './detect';
import { CLOSE_DRAWER } from './mandanten';

const onOe = (s: Snapshot) => hasHeading(s, 'Organisationseinheiten');
const isNew = (s: Snapshot) => hasHeading(s, 'Neue Organisationseinheit anlegen');
const isKomm = (s: Snapshot) => hasHeading(s, /^Kommunikation(en|skanäle) verwalten/);
const isText = (s: Snapshot) => hasButton(s, 'Speichern und veröffentlichen');
const isDrawer = (s: Snapshot) => hasButton(s, 'Text bearbeiten', 'Kommunikation') && !isKomm(s);
/** The aktuell Kommunikation dialog. */
export const KOMM_DIALOG = /^Kommunikationskanäle verwalten/;

export const oeNewOpen = (s: Snapshot) => onOe(s) && isNew(s);
/** A saved OE is open: its drawer, its Kommunikation or its text. */
export const oeRecordOpen = (s: Snapshot) => onOe(s) && (isDrawer(s) || isKomm(s) || isText(s));

const cancel = [{ role: 'button' as const, name: 'Abbrechen' }];

export const oeViews = views([
  {
    id: 'oe-list',
    name: 'Organisationseinheiten',
    detect: (s) => onOe(s) && !isNew(s) && !isDrawer(s) && !isKomm(s) && !isText(s),
    from: { view: 'menu', via: menuEntry('Organisationseinheiten', { klassisch: 'Organisationseinheiten', aktuell: 'Organisationseinheiten' }) },
  },
  {
    id: 'oe-new',
    name: '„Neue Organisationseinheit anlegen“',
    detect: oeNewOpen,
    from: { view: 'oe-list', via: [{ role: 'button', name: 'Anlegen' }] },
    close: CLOSE_DRAWER,
  },
  {
    id: 'oe-drawer',
    name: 'Ihre Organisationseinheit',
    detect: (s) => onOe(s) && isDrawer(s),
    // The row of the OE being worked on (any row, not the header, before it is known).
    from: { view: 'oe-list', via: (_s, ctx) => [{ role: 'row', name: ctx.subject ?? /^(?!Name$|Titel$)./ }] },
    close: CLOSE_DRAWER,
  },
  {
    id: 'oe-kommunikation',
    name: 'die Kommunikation Ihrer Organisationseinheit',
    detect: (s) => onOe(s) && isKomm(s),
    from: { view: 'oe-drawer', via: [{ role: 'button', name: 'Kommunikation', region: 'Verwalten' }] },
    close: [{ role: 'button', name: 'Abbrechen', dialog: KOMM_DIALOG }, ...cancel],
  },
  {
    id: 'oe-text',
    name: 'den Text Ihrer Organisationseinheit',
    detect: (s) => onOe(s) && isText(s),
    from: { view: 'oe-drawer', via: [{ role: 'button', name: 'Text bearbeiten', region: 'Bearbeiten' }] },
    close: cancel,
  },
]);
