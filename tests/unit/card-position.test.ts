// Where the step card goes: below its target, above it when there is no room below, inside the viewport.
import { describe, it, expect } from 'vitest';
import { cardPosition } from '../../entrypoints/admincenter.content/position';

const box = (left: number, top: number, width: number, height: number) => new DOMRect(left, top, width, height);

describe('cardPosition', () => {
  it('puts the card below the target, at its start', () => {
    expect(cardPosition(box(100, 100, 80, 30), 300, 200)).toEqual({ left: 100, top: 144 });
  });
  it('puts it above when there is no room below but above', () => {
    const { top } = cardPosition(box(100, innerHeight - 60, 80, 30), 300, 200);
    expect(top).toBe(innerHeight - 60 - 14 - 200);
  });
  it('keeps it below when there is room neither below nor above', () => {
    expect(cardPosition(box(100, 50, 80, innerHeight - 100), 300, 200).top).toBe(innerHeight - 50 + 14);
  });
  it('shifts it sideways to stay 8 px inside the viewport', () => {
    expect(cardPosition(box(innerWidth - 50, 100, 40, 30), 300, 200).left).toBe(innerWidth - 300 - 8);
    expect(cardPosition(box(-20, 100, 40, 30), 300, 200).left).toBe(8);
  });
});
