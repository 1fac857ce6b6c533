// The benchmark's "smallest guide": what any highlighter on the AdminCenter must do at the least, written as
// plainly as possible. It knows its one task, reads the stored guide once, watches the page, finds the menu
// entry (or its group) by text, and draws a frame and a card in a shadow root. No rules, no page detection,
// no facts: its page-load cost is the floor for ours.
'use strict';
(() => {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'closed' });
  root.innerHTML = '<style>.frame{position:fixed;outline:3px solid #b00;pointer-events:none}'
    + '.card{position:fixed;max-width:280px;background:#fff;border:1px solid #888;padding:8px;font:14px sans-serif}</style>'
    + '<div class="frame"></div><div class="card" role="dialog" aria-label="Anleitung"><b>Impressum</b>'
    + '<p>Öffnen Sie Benutzer → Mandanten.</p></div>';
  document.documentElement.append(host);
  const frame = root.querySelector('.frame');
  const card = root.querySelector('.card');
  let active = false;
  let queued = false;
  // A side navigation entry's own text (its sub-entries are elements of their own).
  const label = (el) => [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim();
  // The target's box arrives after the browser's own layout: reading it in the frame callback would force
  // the layout of thousands of rows inside this script.
  const place = new IntersectionObserver(([entry]) => {
    const r = entry.boundingClientRect;
    Object.assign(frame.style, { left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
    Object.assign(card.style, { left: `${r.right + 12}px`, top: `${r.top}px` });
  });
  let shown = null;
  const pass = () => {
    queued = false;
    const entries = active ? [...document.querySelectorAll('vaadin-side-nav-item')] : [];
    const target = entries.find((el) => label(el) === 'Mandanten') ?? entries.find((el) => label(el) === 'Benutzer');
    host.hidden = !target;
    if (target === shown) return;
    place.disconnect();
    shown = target;
    if (target) place.observe(target);
  };
  const schedule = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(pass);
  };
  new MutationObserver((records) => { if (records.some((r) => !host.contains(r.target))) schedule(); })
    .observe(document, { subtree: true, childList: true, attributes: true });
  chrome.storage.local.get('guide').then((got) => { active = !!got.guide; schedule(); });
})();
