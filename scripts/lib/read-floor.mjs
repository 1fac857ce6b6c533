// The floor of reading a page the way the content script does, measured in an isolated world like the
// content script's: a bare walk over the flat tree (every node once, shadow roots and slots included, nothing
// computed), against one pass of our reader (roles, names, lists), both on a page the world has not read
// before (cold) and once more (warm).
import { snapshotReaderSource } from './snapshot-bundle.mjs';

const BARE_WALK = `(() => {
  const t = performance.now();
  let nodes = 0;
  const kids = (n) => {
    if (n instanceof HTMLSlotElement) { const a = n.assignedNodes({ flatten: true }); return a.length ? a : n.childNodes; }
    return (n.shadowRoot ?? n).childNodes;
  };
  const walk = (n) => {
    const list = kids(n);
    for (let i = 0; i < list.length; i++) {
      const k = list[i];
      nodes++;
      if (k.nodeType === 1 && k.localName !== 'style' && k.localName !== 'script') walk(k);
    }
  };
  walk(document);
  return { ms: performance.now() - t, nodes };
})()`;

async function inIsolatedWorld(page, source) {
  const cdp = await page.context().newCDPSession(page);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'wegweiser-floor' });
  if (source) await cdp.send('Runtime.evaluate', { contextId: executionContextId, expression: source });
  const run = async (expression) => (await cdp.send('Runtime.evaluate', { contextId: executionContextId, expression, returnByValue: true })).result.value;
  return { run, close: () => cdp.detach() };
}

/** Per run a fresh page at `url` (shown once `ready` holds): the bare walk and our reader, cold and warm. */
export async function readFloor(context, url, ready, runs) {
  const reader = await snapshotReaderSource();
  const out = { bareCold: [], bareWarm: [], readerCold: [], readerWarm: [], nodes: 0 };
  const timeReader = `(() => { const t = performance.now(); WegweiserSnapshot.readPass(); return performance.now() - t; })()`;
  for (let i = 0; i < runs; i++) {
    for (const kind of ['bare', 'reader']) {
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction(ready, null, { polling: 100 });
      await page.waitForTimeout(500);
      const world = await inIsolatedWorld(page, kind === 'reader' ? reader : '');
      if (kind === 'bare') {
        const cold = await world.run(BARE_WALK);
        out.bareCold.push(cold.ms);
        out.bareWarm.push((await world.run(BARE_WALK)).ms);
        out.nodes = cold.nodes;
      } else {
        out.readerCold.push(await world.run(timeReader));
        out.readerWarm.push(await world.run(timeReader));
      }
      await world.close();
      await page.close();
    }
  }
  return out;
}
