import { render } from 'preact';
import { defineContentScript } from '#imports';
import { DEFAULT_HOSTS, hostPattern } from '../../utils/hosts';
import { observePage } from '../../utils/observe';
import { createGuide } from './guide';
import { createShadowHost } from './shadow-host';
import { Overlay } from './Overlay';
import { OVERLAY_CSS } from './overlay-css';

export default defineContentScript({
  matches: DEFAULT_HOSTS.map(hostPattern),
  main(ctx) {
    const { host, container } = createShadowHost(OVERLAY_CSS, ctx.signal);
    ctx.signal.addEventListener('abort', () => render(null, container));
    const guide = createGuide({
      host,
      render: (state) => render(<Overlay state={state} actions={guide.actions} />, container),
      signal: ctx.signal,
    });
    guide.schedule = observePage(guide.pass, ctx.signal);
  },
});
