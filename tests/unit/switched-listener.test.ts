// A listener for page events is there only while it has work to do.
import { describe, it, expect, vi } from 'vitest';
import { switchedListener } from '../../content/switched-listener';

const type = (key: string) => document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));

describe('switchedListener', () => {
  it('hears page events only while switched on, once however often it is switched on', () => {
    const heard = vi.fn();
    const on = switchedListener(['keydown'], heard, new AbortController().signal);
    type('a');
    on(true);
    on(true);
    type('b');
    on(false);
    type('c');
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('is detached for good when the content script stops', () => {
    const heard = vi.fn();
    const stop = new AbortController();
    const on = switchedListener(['keydown'], heard, stop.signal);
    on(true);
    stop.abort();
    on(true);
    type('a');
    expect(heard).not.toHaveBeenCalled();
  });
});
