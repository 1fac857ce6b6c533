// Accessible names as AccName 1.2 computes them, and the text a person sees, both over the flat tree
// (open shadow roots and slots). CSS generated content is left out: in the AdminCenter's frameworks it
// holds only icons, arrows and the `•` marker, which the comparison drops anyway.
import { composedChildren, displayOf, isRendered, roleOf } from './dom';
import { perPass } from './pass-memo';
import { normalizeText } from '../shared/text';

/** Roles whose name comes from their content (WAI-ARIA "name from: contents"). */
const FROM_CONTENT = new Set(['button', 'cell', 'checkbox', 'columnheader', 'gridcell', 'heading', 'link', 'menuitem',
  'menuitemcheckbox', 'menuitemradio', 'option', 'radio', 'row', 'rowheader', 'switch', 'tab', 'tooltip', 'treeitem']);
/** Embedded controls: inside another element's name they contribute their value. */
const CONTROLS = new Set(['textbox', 'searchbox', 'combobox', 'listbox', 'spinbutton', 'slider']);
/** Inline elements: their text joins the neighbours' without a space. A custom element is inline unless its
 *  style says otherwise (a button component is an inline block: Chromium separates it by a space). */
const INLINE = new Set(['span', 'a', 'b', 'i', 'em', 'strong', 'small', 'label', 'abbr', 'code', 'sup', 'sub', 'u', 's', 'mark', 'slot', 'img', 'bdi', 'q', 'time', 'kbd', 'font']);
const isInline = (el: Element) => INLINE.has(el.localName) || (el.localName.includes('-') && displayOf(el) === 'inline');

interface Walk { labelledBy: boolean; seen: Set<Node> }

/** The elements an ID-list attribute points to, in the element's own tree (document or shadow root). */
export function byIds(el: Element, attribute: string): Element[] {
  const root = el.getRootNode() as Document | ShadowRoot;
  const ids = el.getAttribute(attribute)?.trim().split(/\s+/) ?? [];
  return ids.map((id) => id && root.getElementById(id)).filter((e): e is HTMLElement => !!e);
}

/** A form control's current value, as it contributes to a surrounding name. */
export function controlValue(el: Element): string {
  if (el instanceof HTMLSelectElement) return [...el.selectedOptions].map((o) => o.textContent).join(' ');
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) return el.value;
  const input = el.querySelector('input');
  if (input) return input.value;
  return el.getAttribute('aria-valuetext') ?? el.getAttribute('aria-valuenow') ?? visibleText(el);
}

function nativeLabel(el: Element, walk: Walk): string {
  if (el instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(el.type)) return el.value;
  if (el instanceof HTMLImageElement || (el instanceof HTMLInputElement && el.type === 'image')) return el.getAttribute('alt') ?? '';
  const labels = (el as HTMLInputElement).labels;
  if (labels?.length) return [...labels].map((label) => alternative(label, walk, false)).join(' ');
  const caption = el instanceof HTMLFieldSetElement ? el.querySelector(':scope > legend') : el instanceof HTMLTableElement ? el.caption : null;
  return caption ? alternative(caption, walk, false) : '';
}

function fromContent(el: Element, walk: Walk): string {
  let text = '';
  const kids = composedChildren(el);
  for (let i = 0; i < kids.length; i++) {
    const kid = kids[i];
    if (kid.nodeType === Node.TEXT_NODE) text += kid.textContent;
    else if (kid.nodeType === Node.ELEMENT_NODE) {
      const part = alternative(kid as Element, walk, false);
      text += isInline(kid as Element) ? part : ` ${part} `;
    }
  }
  return text;
}

/** AccName 1.2, step 2, for one element: `root` is the element named, or the target of aria-labelledby. */
function alternative(el: Element, walk: Walk, root: boolean): string {
  if (walk.seen.has(el) || el.localName === 'style' || el.localName === 'script' || el.localName === 'template') return '';
  walk.seen.add(el);
  // 2A: hidden content does not count, except an element aria-labelledby points at directly.
  if (!(root && walk.labelledBy) && (el.getAttribute('aria-hidden') === 'true' || !isRendered(el))) return '';
  // 2B
  if (!walk.labelledBy && el.hasAttribute('aria-labelledby')) {
    const refs = byIds(el, 'aria-labelledby');
    const text = refs.map((ref) => alternative(ref, { labelledBy: true, seen: walk.seen }, true)).join(' ');
    if (text.trim()) return text;
  }
  const role = roleOf(el);
  // 2C: a control inside another element's name gives its value.
  if (!root && CONTROLS.has(role)) return controlValue(el);
  // 2D
  const label = el.getAttribute('aria-label');
  if (label?.trim()) return label;
  // 2E
  const native = nativeLabel(el, walk);
  if (native.trim()) return native;
  // 2F
  if (!root || walk.labelledBy || FROM_CONTENT.has(role) || ['label', 'legend', 'caption'].includes(el.localName)) {
    const text = fromContent(el, walk);
    if (text.trim()) return text;
  }
  // 2I: tooltip, and the placeholder of an empty field
  return el.getAttribute('title') ?? el.getAttribute('placeholder') ?? '';
}

/** The accessible name, whitespace-normalised, icon glyphs dropped. */
export const accessibleName = perPass((el: Element) => normalizeText(alternative(el, { labelledBy: false, seen: new Set() }, true)));

type Skip = (e: Element) => boolean;

/** The text a person sees in an element, without the parts `skip` accepts: rendered text only, not aria-hidden
 *  decorations. Each element's text is computed once per pass, so nested calls share their subtrees. */
export function visibleTextWithout(skip: Skip | null): (el: Element) => string {
  const raw: (el: Element) => string = perPass((el: Element) => {
    let text = '';
    const kids = composedChildren(el);
    for (let i = 0; i < kids.length; i++) {
      const kid = kids[i];
      if (kid.nodeType === Node.TEXT_NODE) text += kid.textContent;
      else if (kid instanceof Element && !['style', 'script', 'template'].includes(kid.localName) && !skip?.(kid) &&
        kid.getAttribute('aria-hidden') !== 'true' && isRendered(kid)) {
        const part = raw(kid);
        text += isInline(kid) ? part : ` ${part} `;
      }
    }
    return text;
  });
  return perPass((el: Element) => normalizeText(raw(el)));
}

/** The text a person sees in an element. */
export const visibleText = visibleTextWithout(null);
