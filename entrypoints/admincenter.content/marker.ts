// The extension's only write to the page: one data-wegweiser-target attribute on the element to click next.
export const TARGET_ATTRIBUTE = 'data-wegweiser-target';

let marked: Element | null = null;

export function markTarget(element: Element | null, value: string): void {
  if (marked && (marked !== element || marked.getAttribute(TARGET_ATTRIBUTE) !== value)) marked.removeAttribute(TARGET_ATTRIBUTE);
  marked = element;
  if (element && element.getAttribute(TARGET_ATTRIBUTE) !== value) element.setAttribute(TARGET_ATTRIBUTE, value);
}
