// Where the step card goes: below its target, above it when there is no room below, inside the viewport; above or
// beside it instead when it would lie over the page's other controls there.
import { describe, it, expect } from 'vitest';
import { bestCardPosition, cardSides } from '../../entrypoints/admincenter.content/position';

const box = (left: number, top: number, width: number, height: number) => new DOMRect(left, top, width, height);

/** Where the card goes on a page with no other controls. */
const cardPosition = (r: DOMRect, width: number, height: number) => {
  const { left, top } = bestCardPosition(r, width, height, () => 0);
  return { left, top };
};

describe('the card on a page without other controls', () => {
  it('puts the card below the target, at its start', () => {
    expect(cardPosition(box(100, 100, 80, 30), 300, 200)).toEqual({ left: 100, top: 144 });
  });
  it('puts it above when there is no room below but above', () => {
    const { top } = cardPosition(box(100, innerHeight - 60, 80, 30), 300, 200);
    expect(top).toBe(innerHeight - 60 - 14 - 200);
  });
  it('puts it beside a target too tall for room below or above', () => {
    expect(cardPosition(box(100, 50, 80, innerHeight - 100), 300, 200)).toEqual({ left: 100 + 80 + 14, top: 50 });
  });
  it('keeps it below when it fits nowhere', () => {
    expect(cardPosition(box(100, 50, innerWidth - 200, innerHeight - 100), 300, 200).top).toBe(innerHeight - 50 + 14);
  });
  it('shifts it sideways to stay 8 px inside the viewport', () => {
    expect(cardPosition(box(innerWidth - 50, 100, 40, 30), 300, 200).left).toBe(innerWidth - 300 - 8);
    expect(cardPosition(box(-20, 100, 40, 30), 300, 200).left).toBe(8);
  });
});

describe('bestCardPosition: the side that covers fewest of the page controls', () => {
  const target = box(300, 300, 80, 30);
  const [width, height] = [300, 200];
  const [below, above, right] = cardSides(target, width, height);
  /** A page with controls under the given sides (each counted once per control). */
  const page = (...covered: DOMRect[]) => (c: DOMRect) => covered.filter((s) => s.top === c.top && s.left === c.left).length;

  it('offers below, above, right and left, each wholly inside the viewport', () => {
    expect(cardSides(target, width, height).map((s) => [s.left, s.top])).toEqual([[300, 344], [300, 86], [394, 300]]);
    // Near the right edge the right side is out, the left one in.
    expect(cardSides(box(innerWidth - 100, 300, 80, 30), width, height).map((s) => [s.left, s.top]))
      .toEqual([[innerWidth - width - 8, 344], [innerWidth - width - 8, 86], [innerWidth - 100 - 14 - width, 300]]);
  });
  it('stays below when nothing is covered there', () => {
    expect(bestCardPosition(target, width, height, page())).toEqual(below);
  });
  it('goes above, then beside, when the side before would lie over a control', () => {
    expect(bestCardPosition(target, width, height, page(below))).toEqual(above);
    expect(bestCardPosition(target, width, height, page(below, above))).toEqual(right);
  });
  it('covers as few as it can when every side covers something, the earlier side among equals', () => {
    expect(bestCardPosition(target, width, height, page(below, below, above, right, right))).toEqual(above);
    expect(bestCardPosition(target, width, height, page(below, above, right))).toEqual(below);
  });
  it('keeps the old place when no side fits in the viewport', () => {
    const tall = box(100, 50, innerWidth - 200, innerHeight - 100);
    expect(cardSides(tall, width, height)).toEqual([]);
    expect(bestCardPosition(tall, width, height, page())).toEqual({ left: 100, top: tall.bottom + 14 });
  });
});
