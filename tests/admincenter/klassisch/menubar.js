// MenuBar (cu/VMenuBar.java, cu/menubar/MenuBarConnector.java): span items, the hidden "►" submenu indicator,
// submenus as popups in the overlay container that exist only while open. update() clears and rebuilds all
// items, as the connector does on every server answer, so element references held by a reader go stale.
import { h, icon } from './vaadin.js';
import { roundTrip, overlayContainer, registerPopup, unregisterPopup, closePopups } from './server.js';

/** items: [{ caption, icon?, command?, children?: [{ caption, icon?, command? } | { separator: true }] }] */
export function menuBar(items, { styles = [] } = {}) {
  const root = h('div', { tabindex: '0', role: 'menubar', class: ['v-menubar', 'v-widget', ...styles.flatMap((s) => [s, `v-menubar-${s}`])].join(' ') });
  let open = null; // { item, popup, index }
  let current = [];

  const itemEl = (it, primary) => {
    if (it.separator) return h('span', { role: 'separator', class: `${primary}-separator` }, h('span', {}, '---'));
    const hasSub = !!it.children;
    return h('span', { role: 'menuitem', tabindex: '-1', 'aria-haspopup': String(hasSub), class: `${primary}-menuitem` },
      hasSub ? h('span', { class: `${primary}-submenu-indicator`, 'aria-hidden': 'true' }, '\u25BA') : null,
      h('span', { class: `${primary}-menuitem-caption` }, it.icon ? icon(it.icon) : null, it.caption));
  };

  function closeMenu(focusBack = false) {
    if (!open) return;
    const { popup, el } = open;
    popup.remove(); unregisterPopup(popup);
    el.classList.remove('v-menubar-menuitem-selected');
    if (focusBack) el.focus();
    open = null;
  }

  function openMenu(index, el, focusFirst = false) {
    closeMenu();
    closePopups();
    const it = current[index];
    el.classList.add('v-menubar-menuitem-selected');
    const sub = h('div', { tabindex: '-1', role: 'menu', class: ['v-menubar-submenu', 'v-widget', ...styles.map((s) => `v-menubar-submenu-${s}`)].join(' ') });
    const subEls = it.children.map((c) => {
      const e = itemEl(c, 'v-menubar');
      if (!c.separator) {
        e.addEventListener('click', () => activate(c));
        e.addEventListener('mouseenter', () => highlight(e));
      }
      sub.append(e);
      return e;
    });
    const highlight = (e) => { for (const x of subEls) x.classList.toggle('v-menubar-menuitem-selected', x === e); };
    const r = el.getBoundingClientRect();
    const popup = h('div', { class: ['v-menubar-popup', ...styles.map((s) => `v-menubar-popup-${s}`)].join(' '), style: `position: absolute; left: ${Math.round(r.left)}px; top: ${Math.round(r.bottom)}px; z-index: 20000;` },
      h('div', { class: 'popupContent' }, sub));
    sub.addEventListener('keydown', (e) => {
      const live = subEls.filter((x) => x.getAttribute('role') === 'menuitem');
      const at = live.indexOf(document.activeElement);
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') { e.preventDefault(); const n = live[(at + (e.key === 'ArrowDown' ? 1 : -1) + live.length) % live.length]; highlight(n); n.focus(); }
      else if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); if (at >= 0) live[at].click(); }
      else if (e.key === 'Escape') { e.preventDefault(); closeMenu(true); }
      else if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') { e.preventDefault(); moveRoot(index, e.key === 'ArrowRight' ? 1 : -1, true); }
    });
    overlayContainer().append(popup);
    registerPopup(popup, root, () => closeMenu());
    open = { index, popup, el };
    if (focusFirst) { const first = subEls.find((x) => x.getAttribute('role') === 'menuitem'); highlight(first); first.focus(); }
  }

  function activate(it) {
    closeMenu();
    if (it.command) roundTrip(it.command);
  }

  function moveRoot(index, delta, openIt) {
    const els = [...root.children];
    const n = (index + delta + els.length) % els.length;
    els[n].focus();
    if (openIt && current[n].children) openMenu(n, els[n], true); else closeMenu();
  }

  function update(items) {
    closeMenu();
    current = items;
    root.replaceChildren(...items.map((it, i) => {
      const e = itemEl(it, 'v-menubar');
      if (i === 0) e.tabIndex = 0;
      e.addEventListener('click', () => {
        if (!it.children) { activate(it); return; }
        if (open?.index === i) closeMenu(); else openMenu(i, e);
      });
      e.addEventListener('mouseenter', () => { if (open && open.index !== i) { if (it.children) openMenu(i, e); else closeMenu(); } });
      e.addEventListener('keydown', (ev) => {
        if (ev.key === 'ArrowRight' || ev.key === 'ArrowLeft') { ev.preventDefault(); moveRoot(i, ev.key === 'ArrowRight' ? 1 : -1, !!open); }
        else if (ev.key === 'Enter' || ev.key === ' ' || ev.key === 'ArrowDown') {
          ev.preventDefault();
          if (it.children) openMenu(i, e, true); else if (ev.key !== 'ArrowDown') activate(it);
        } else if (ev.key === 'Escape') closeMenu(true);
      });
      return e;
    }));
  }
  update(items);
  root.update = update;
  return root;
}
