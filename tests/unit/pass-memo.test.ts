// One pass reads each element once; the next pass sees the page as it is then.
import { describe, it, expect, vi } from 'vitest';
import { duringPass, perPass } from '../../content/pass-memo';
import { roleOf } from '../../content/dom';

describe('perPass', () => {
  it('computes once per element within a pass, and afresh in the next pass', () => {
    const compute = vi.fn((el: Element) => el.id);
    const memo = perPass(compute);
    const a = document.createElement('div');
    const b = document.createElement('div');
    duringPass(() => {
      memo(a); memo(a); memo(b);
      // a nested pass belongs to the running one
      duringPass(() => memo(a));
    });
    expect(compute).toHaveBeenCalledTimes(2);
    duringPass(() => memo(a));
    expect(compute).toHaveBeenCalledTimes(3);
  });

  it('remembers nothing outside a pass', () => {
    const compute = vi.fn(() => 1);
    const memo = perPass(compute);
    const a = document.createElement('div');
    memo(a); memo(a);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('forgets a pass whose reader threw, so the next pass is not served stale answers', () => {
    const memo = perPass((el: Element) => el.textContent);
    const a = document.createElement('div');
    a.textContent = 'alt';
    expect(() => duringPass(() => { memo(a); throw new Error('kaputt'); })).toThrow('kaputt');
    a.textContent = 'neu';
    expect(duringPass(() => memo(a))).toBe('neu');
  });
});

describe('the reader across passes', () => {
  it('sees a role the page changed after the previous pass', () => {
    document.body.innerHTML = '<div role="button">Speichern</div>';
    const el = document.querySelector('div')!;
    expect(duringPass(() => roleOf(el))).toBe('button');
    el.setAttribute('role', 'tab');
    expect(duringPass(() => roleOf(el))).toBe('tab');
  });
});
