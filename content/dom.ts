// The page as assistive technology reads it: the flat (composed) tree across open shadow roots and slots,
// roles as WAI-ARIA and HTML-AAM define them, visibility. Attributes and native properties only: the
// content script's isolated world cannot see the components' JS properties.
import { perPass } from './pass-memo';

/** The extension's own UI element: never read as page content. */
export const OWN_ELEMENT = 'admincenter-wegweiser';

/** A slot's flattened assigned nodes: a new array on every call, so asked once per pass. */
const assignedOf = perPass((slot: HTMLSlotElement) => slot.assignedNodes({ flatten: true }));

/** Children in the flat tree: a host's shadow root, a slot's assigned nodes (else its fallback content). */
export function composedChildren(node: Node): ArrayLike<Node> {
  if (node instanceof HTMLSlotElement) {
    const assigned = assignedOf(node);
    return assigned.length ? assigned : node.childNodes;
  }
  return ((node as Element).shadowRoot ?? node).childNodes;
}

/** Parent in the flat tree: the slot a node is shown in, else its parent, else its shadow root's host. */
export function composedParent(node: Node): Element | null {
  if ((node as Element).assignedSlot) return (node as Element).assignedSlot;
  const parent = node.parentNode;
  return parent instanceof ShadowRoot ? parent.host : parent instanceof Element ? parent : null;
}

export function composedContains(outer: Node, inner: Node): boolean {
  for (let n: Node | null = inner; n; n = composedParent(n)) if (n === outer) return true;
  return false;
}

/** The nearest flat-tree ancestor (or the element itself) that `test` accepts, up to `depth` levels. */
export function closestComposed(el: Element, test: (e: Element) => boolean, depth = Infinity): Element | null {
  for (let n: Element | null = el, d = 0; n && d <= depth; n = composedParent(n), d++) if (test(n)) return n;
  return null;
}

/** Without a box of its own: `display: contents` (slots, Flow's dialog header/footer wrappers). */
const isContents = (el: Element) => el.localName === 'slot' || displayOf(el) === 'contents';

/** The computed `display` (a style lookup each time it is asked outside a pass). */
export const displayOf = perPass((el: Element) => getComputedStyle(el).display);

/** Shown on screen: in the flat tree, with a box, not `visibility: hidden`. */
export const isRendered = perPass(rendered);
function rendered(el: Element): boolean {
  if (el.checkVisibility({ visibilityProperty: true })) {
    const rect = el.getBoundingClientRect();
    return rect.width > 0 || rect.height > 0;
  }
  if (!isContents(el)) return false;
  // Without a box: shown when a child element is, or, holding text, when the nearest boxed ancestor is.
  const kids = composedChildren(el);
  let text = false;
  for (let i = 0; i < kids.length; i++) {
    const kid = kids[i];
    if (kid instanceof Element) {
      if (isRendered(kid)) return true;
    } else if (kid.textContent?.trim()) text = true;
  }
  let box = composedParent(el);
  while (box && isContents(box)) box = composedParent(box);
  return text && !!box && isRendered(box);
}

/** Disabled as a person sees it: native `disabled`, or `aria-disabled` on it or an ancestor. */
export const isDisabled = (el: Element) =>
  el.matches(':disabled') || el.hasAttribute('disabled') || !!closestComposed(el, (e) => e.getAttribute('aria-disabled') === 'true', 8);

/** The roles the reader tells apart (others are taken as no role, as unknown tokens are). */
const ROLES = new Set(('alert alertdialog button cell checkbox columnheader combobox dialog grid gridcell group heading link list listbox ' +
  'listitem log menu menubar menuitem menuitemcheckbox menuitemradio navigation none option presentation radio region row rowheader ' +
  'searchbox spinbutton status tab table tabpanel textbox tree treegrid treeitem form').split(' '));

const INPUT_ROLES: Record<string, string> = {
  button: 'button', submit: 'button', reset: 'button', image: 'button', checkbox: 'checkbox', radio: 'radio',
  search: 'searchbox', number: 'spinbutton', range: 'slider', hidden: '', file: '', color: '',
};

const tableRole = (el: Element) => el.closest('table')?.getAttribute('role') ?? 'table';
/** A layout table (`role=presentation`, Vaadin 8's FormLayout): its rows and cells are no table parts either. */
const inLayoutTable = (el: Element) => /^(presentation|none)\b/.test(tableRole(el));

/** Implicit roles of HTML elements (HTML-AAM), for the elements the reader cares about. */
function implicitRole(el: Element): string {
  switch (el.localName) {
    case 'a': case 'area': return el.hasAttribute('href') ? 'link' : '';
    case 'button': case 'summary': return 'button';
    case 'input': {
      const type = (el as HTMLInputElement).type;
      if (type in INPUT_ROLES) return INPUT_ROLES[type];
      return el.hasAttribute('list') ? 'combobox' : 'textbox';
    }
    case 'select': return (el as HTMLSelectElement).multiple || (el as HTMLSelectElement).size > 1 ? 'listbox' : 'combobox';
    case 'textarea': return 'textbox';
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': return 'heading';
    case 'table': return 'table';
    case 'tr': return inLayoutTable(el) ? '' : 'row';
    case 'td': return inLayoutTable(el) ? '' : /grid/.test(tableRole(el)) ? 'gridcell' : 'cell';
    case 'th': return inLayoutTable(el) ? '' : el.getAttribute('scope') === 'row' ? 'rowheader' : 'columnheader';
    case 'nav': return 'navigation';
    case 'dialog': return 'dialog';
    case 'ul': case 'ol': case 'menu': return 'list';
    case 'li': return 'listitem';
    case 'option': return 'option';
    case 'fieldset': case 'details': return 'group';
    case 'output': return 'status';
    case 'img': return el.getAttribute('alt') === '' ? '' : 'img';
    default: return '';
  }
}

/** A dialog, alert dialog included. */
export const isDialogRole = (role: string) => role === 'dialog' || role === 'alertdialog';

/** The element's role: its first known `role` token, else its implicit role ('' for none/presentation). */
export const roleOf = perPass(ownRole);
function ownRole(el: Element): string {
  const explicit = el.getAttribute('role');
  if (explicit) {
    for (const token of explicit.trim().split(/\s+/)) {
      if (ROLES.has(token)) return token === 'presentation' || token === 'none' ? '' : token;
    }
  }
  return implicitRole(el);
}
