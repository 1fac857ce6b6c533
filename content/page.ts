// One walk over the flat tree per pass: every element with a role, in reading order, and what else the
// snapshot needs. Everything the reader and the locator look at comes from here.
import { OWN_ELEMENT, composedChildren, composedContains, isDialogRole, isRendered, roleOf } from './dom';
import { byIds } from './name';
import { normalizeText } from '../shared/text';

export interface PageItem {
  el: Element;
  role: string;
  /** under `aria-hidden="true"`: decoration, or page content behind a modal dialog */
  hidden: boolean;
}

export interface PageIndex {
  items: PageItem[];
  /** titles in reading order: headings, the frameworks' title elements (see FRAMEWORK_TITLE) and the labels
   *  of named regions; not a notification's caption */
  titles: Element[];
  /** elements holding text that looks like a version badge (`1.0`, `Version 0.1`, `Nicht veröffentlicht`) */
  badges: Element[];
  /** inputs that carry no role: password (a login form) and file inputs */
  inputs: HTMLInputElement[];
  /** files listed by an upload widget (Flow's `vaadin-upload-file`), chosen but not yet saved */
  uploads: Element[];
  /** elements without a role named by a caption (Vaadin 8 ties a form's caption to any widget, a Label too) */
  captioned: PageItem[];
  /** the text of the dev system's banner was seen */
  devText: boolean;
  /** the topmost open modal dialog: while it is open, nothing else on the page can be used */
  modal: Element | null;
  shadowRoots: ShadowRoot[];
}

/** Vaadin 8 (Valo) has no heading elements: titles are labels with the `h1`–`h4` style and panel captions. */
const FRAMEWORK_TITLE = /(^|\s)(v-label-h[1-4]|v-panel-caption)(\s|$)/;

export const DEV_BANNER_TEXT = 'Sie befinden sich im AdminCenter der Entwicklungsumgebung.';
/** An overlay on its way out is closed for a person: Vaadin's web components mark it `closing`, Vaadin 8's
 *  popups `<primary>-animate-out`, while the closing animation runs. */
const isClosing = (el: Element, cls: string) => el.hasAttribute('closing') || /-animate-out(\s|$)/.test(cls);

const BADGE_HINT = /\d\.\d|veröffentlicht/i;
const LABELLED_REGIONS = new Set(['region', 'group', 'form', 'dialog', 'alertdialog']);

const NOTICES = new Set(['alert', 'status', 'log']);

function visit(node: Node, hidden: boolean, index: PageIndex, inTable: boolean, inNotice = false): void {
  const kids = composedChildren(node);
  for (let i = 0; i < kids.length; i++) {
    const kid = kids[i];
    if (kid.nodeType === Node.TEXT_NODE) {
      const text = kid.textContent!;
      if (!inTable && text.length < 40 && BADGE_HINT.test(text)) index.badges.push(kid.parentElement ?? (node as Element));
      else if (text.includes('Entwicklungsumgebung') && normalizeText(text) === DEV_BANNER_TEXT) index.devText = true;
      continue;
    }
    if (kid.nodeType !== Node.ELEMENT_NODE) continue;
    const el = kid as Element;
    const tag = el.localName;
    // (the class attribute read once: the closing and title checks both look at it)
    const cls = el.getAttribute('class') ?? '';
    if (tag === OWN_ELEMENT || tag === 'script' || tag === 'style' || tag === 'template' || tag === 'svg' || tag === 'head' || el.hasAttribute('hidden') || isClosing(el, cls)) continue;
    const quiet = hidden || el.getAttribute('aria-hidden') === 'true';
    const role = roleOf(el);
    if (role) index.items.push({ el, role, hidden: quiet });
    else if (el.hasAttribute('aria-labelledby')) index.captioned.push({ el, role, hidden: quiet });
    if (!inNotice && (role === 'heading' || (!role && FRAMEWORK_TITLE.test(cls)))) index.titles.push(el);
    if (LABELLED_REGIONS.has(role)) index.titles.push(...byIds(el, 'aria-labelledby'));
    if (tag === 'input' && ((el as HTMLInputElement).type === 'password' || (el as HTMLInputElement).type === 'file')) index.inputs.push(el as HTMLInputElement);
    if (el.shadowRoot) index.shadowRoots.push(el.shadowRoot);
    if (tag === 'vaadin-upload-file') index.uploads.push(el);
    visit(el, quiet, index, inTable || role === 'table' || role === 'grid' || role === 'treegrid', inNotice || NOTICES.has(role));
  }
}

const isModal = (el: Element) => el.getAttribute('aria-modal') === 'true' || (el instanceof HTMLDialogElement && el.matches(':modal'));

export function readPage(): PageIndex {
  const index: PageIndex = { items: [], titles: [], badges: [], inputs: [], uploads: [], captioned: [], devText: false, modal: null, shadowRoots: [] };
  visit(document, false, index, false);
  // The last open modal dialog in reading order is the topmost: overlays are appended to the end of <body>.
  for (const item of index.items) if (isDialogRole(item.role) && isModal(item.el) && isRendered(item.el)) index.modal = item.el;
  return index;
}

/** The page's file inputs as items (they carry no role): hidden ones stand for their upload widget. */
export const fileItems = (index: PageIndex): PageItem[] => index.inputs.filter((el) => el.type === 'file').map((el) => ({ el, role: 'file', hidden: false }));

/** Can be used by a person now: not hidden from assistive technology, and inside the open modal dialog if any. */
export const inScope = (index: PageIndex, item: PageItem) => !item.hidden && (!index.modal || composedContains(index.modal, item.el));
