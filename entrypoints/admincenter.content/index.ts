import { defineContentScript } from '#imports';
import { DEFAULT_HOSTS, hostPattern } from '../../shared/hosts';
import { observePage } from '../../content/observe';
import { createGuide } from './guide';
import { createShadowHost } from './shadow-host';
import { createOverlay } from './overlay';
import { OVERLAY_CSS } from './overlay-css';
import { nativeApi as browser } from '../../shared/native-api';
import type { GuideChanged } from '../../shared/messages';

export default defineContentScript({
  matches: DEFAULT_HOSTS.map(hostPattern),
  // No window.postMessage into the page at start (it cost ~3 ms there); the document event tells older copies to stop.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const { host, container, tick } = createShadowHost(OVERLAY_CSS, ctx.signal);
    let draw: ReturnType<typeof createOverlay> | undefined;
    const guide = createGuide({ host, render: (state) => draw?.(state), signal: ctx.signal });
    draw = createOverlay(container, guide.actions);
    const observer = observePage(guide.pass, ctx.signal, tick);
    guide.schedule = observer.schedule;
    guide.watch = observer.watch;
    // The background tells of a change to this tab's guide.
    const onMessage = (message: unknown) => {
      if ((message as { type?: string } | null)?.type === 'guide/changed') guide.told((message as GuideChanged).guide);
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));
  },
});
