// Vaadin 8 Grid / TreeGrid (c/widgets/Grid.java, Escalator.java): one role=grid table with thead/tbody/tfoot,
// a separate vertical scroller div, and only ⌈visible⌉+2 body rows that are recycled and placed with
// translate3d; the total row count is only in aria-rowcount. DOM order is re-sorted 60 ms after scrolling.
import { h, uid } from './vaadin.js';
import { roundTrip } from './server.js';

const ROW_H = 37;
const HEAD_H = 38;
const SCROLLBAR = 15;
const grids = new Set();
addEventListener('resize', () => { for (const g of grids) if (g.isConnected) g.layout(); else grids.delete(g); });

/**
 * columns: [{ caption, value(row) → string | Node, width?, expand?, sortable?, cellStyle?(row) }]
 * opts: { rows, key(row), selected, onRowClick(row, deselect), height: 'fill' | px, heightByRows, minHeight,
 *         selection: 'single' | 'multi' | 'none', checked: Set, onCheck(set), rowStyle(row), tree: { depth, hasChildren, expanded, onToggle }, sort: { col, dir } }
 */
export function grid(columns, opts) {
  const tree = opts.tree;
  const p = tree ? 'v-treegrid' : 'v-grid';
  const multi = opts.selection === 'multi';
  let sort = opts.sort || null;
  let rows = sorted(opts.rows);
  let pool = []; let scrollTop = 0; let focusRow = -1; let sortTimer = 0; let height = 0; let widths = [];
  const checked = opts.checked || new Set();

  const vInner = h('div');
  const scrollerV = h('div', { class: `${p}-scroller ${p}-scroller-vertical`, tabindex: '-1' }, vInner);
  const scrollerH = h('div', { class: `${p}-scroller ${p}-scroller-horizontal`, tabindex: '-1', style: 'display: none;' }, h('div'));
  const headRow = h('tr', { role: 'rowheader', class: `${p}-row` });
  const thead = h('thead', { role: 'rowgroup', class: `${p}-header` }, headRow);
  const tbody = h('tbody', { role: 'rowgroup', class: `${p}-body` });
  const tfoot = h('tfoot', { role: 'rowgroup', class: `${p}-footer` });
  const table = h('table', { role: tree ? 'treegrid' : 'grid' }, thead, tbody, tfoot);
  if (opts.selection !== 'none') table.setAttribute('aria-multiselectable', String(multi));
  const wrapper = h('div', { class: `${p}-tablewrapper` }, table);
  const root = h('div', { tabindex: '0', class: `${p} v-widget v-has-width v-has-height` }, scrollerV, scrollerH, wrapper,
    h('div', { class: `${p}-header-deco`, style: 'display: none;' }), h('div', { class: `${p}-footer-deco`, style: 'display: none;' }),
    h('div', { class: `${p}-horizontal-scrollbar-deco`, style: 'display: none;' }));

  // ----- header -----
  const allCols = multi ? [{ selectAll: true, width: 48 }, ...columns] : columns;
  const ths = allCols.map((c, ci) => {
    const th = h('th', { role: 'columnheader', class: `${p}-cell` });
    if (c.selectAll) {
      const id = uid();
      const box = h('input', { type: 'checkbox', id });
      box.addEventListener('click', () => roundTrip(() => { if (box.checked) rows.forEach((r) => checked.add(opts.key(r))); else checked.clear(); opts.onCheck?.(checked); paint(true); }));
      th.append(h('span', { class: `${p}-select-all-checkbox v-assistive-device-only-label` }, box, h('label', { for: id }, 'Selects all rows of the table.')));
    } else {
      th.append(h('div', { class: `${p}-column-header-content ${p}-column-default-header-content` }, c.caption || ''), h('div', { class: `${p}-column-resize-handle` }));
      if (c.sortable) th.addEventListener('click', () => roundTrip(() => {
        const col = ci - (multi ? 1 : 0);
        sort = { col, dir: sort?.col === col && sort.dir === 'asc' ? 'desc' : 'asc' };
        rows = sorted(rows); paint(true);
      }));
    }
    headRow.append(th);
    return th;
  });
  function markSort() {
    allCols.forEach((c, ci) => {
      if (!c.sortable) return;
      const col = ci - (multi ? 1 : 0);
      const dir = sort?.col === col ? sort.dir : null;
      ths[ci].className = [`${p}-cell`, 'sortable', dir && `sort-${dir}`].filter(Boolean).join(' ');
      ths[ci].setAttribute('aria-sort', dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none');
    });
  }
  function sorted(list) {
    if (!sort) return list;
    const c = columns[sort.col];
    const text = (r) => { const v = (c.sortValue || c.value)(r); return v instanceof Node ? v.textContent : String(v ?? ''); };
    const out = [...list].sort((a, b) => text(a).localeCompare(text(b), 'de', { numeric: true }));
    return sort.dir === 'desc' ? out.reverse() : out;
  }

  // ----- body -----
  const newRow = () => {
    const tr = h('tr', { role: 'row' });
    for (let ci = 0; ci < allCols.length; ci++) tr.append(h('td', { role: 'gridcell', class: `${p}-cell` }));
    tr.idx = -1;
    return tr;
  };
  function fill(tr, i) {
    const r = rows[i];
    tr.idx = i;
    const sel = !multi && opts.selected != null && String(opts.key(r)) === String(opts.selected);
    const on = multi ? checked.has(opts.key(r)) : sel;
    tr.className = [`${p}-row`, `${p}-row-has-data`, i % 2 && `${p}-row-stripe`, on && `${p}-row-selected`, tree && `v-treegrid-row-depth-${tree.depth(r)}`, opts.rowStyle?.(r)].filter(Boolean).join(' ');
    if (opts.selection !== 'none') tr.setAttribute('aria-selected', String(on));
    allCols.forEach((c, ci) => {
      const td = tr.children[ci];
      td.className = [`${p}-cell`, i === focusRow && ci === (multi ? 1 : 0) && `${p}-cell-focused`, c.cellStyle?.(r)].filter(Boolean).join(' ');
      if (widths[ci]) td.style.width = `${widths[ci]}px`;
      if (c.selectAll) {
        const id = uid();
        const box = h('input', { type: 'checkbox', id });
        box.checked = on;
        td.replaceChildren(h('span', { class: `${p}-selection-checkbox v-assistive-device-only-label` }, box, h('label', { for: id }, `Selects row number ${i + 2}.`)));
        return;
      }
      let v = c.value(r);
      if (tree && ci === 0) {
        const d = tree.depth(r);
        const state = tree.hasChildren(r) ? (tree.expanded(r) ? 'expanded' : 'collapsed') : '';
        v = h('div', { class: `v-treegrid-node depth-${d}` }, h('span', { class: `v-treegrid-expander ${state}`.trim() }), h('div', { class: 'v-treegrid-cell-content' }, v));
        td.replaceChildren(v);
      } else if (v instanceof Node) td.replaceChildren(h('div', { class: 'component-wrap' }, v));
      else td.textContent = v ?? '';
    });
  }
  function paint(refill = false) {
    if (!height) return; // not laid out yet (the ResizeObserver calls layout once attached)
    const n = rows.length;
    const bodyH = height - HEAD_H;
    const size = Math.min(n, Math.ceil(bodyH / ROW_H) + 2);
    if (size !== pool.length) { pool = Array.from({ length: size }, newRow); tbody.replaceChildren(...pool); refill = true; }
    const maxTop = Math.max(0, n * ROW_H - bodyH);
    scrollTop = Math.min(scrollTop, maxTop);
    const start = Math.max(0, Math.min(Math.floor(scrollTop / ROW_H), n - size));
    for (let i = start; i < start + size; i++) {
      const tr = pool[i % size];
      if (refill || tr.idx !== i) fill(tr, i);
      tr.style.transform = `translate3d(0px, ${i * ROW_H}px, 0px)`;
    }
    tbody.style.transform = `translate3d(0px, ${-scrollTop}px, 0px)`;
    table.setAttribute('aria-rowcount', String(n + 1));
    vInner.style.height = `${n * ROW_H}px`;
    scrollerV.style.display = n * ROW_H > bodyH ? '' : 'none';
    markSort();
    clearTimeout(sortTimer);
    sortTimer = setTimeout(() => { // Escalator re-sorts the DOM to visual order after scrolling settles
      const ordered = [...pool].sort((a, b) => a.idx - b.idx);
      if (ordered.some((tr, k) => tbody.children[k] !== tr)) tbody.append(...ordered);
    }, 60);
  }
  root.layout = function layout() {
    if (opts.height === 'fill') {
      const top = root.getBoundingClientRect().top;
      height = Math.max(opts.minHeight || 220, Math.floor(innerHeight - top - 24));
    } else height = opts.height || HEAD_H + ROW_H * (opts.heightByRows || Math.max(1, Math.min(rows.length, 10)));
    root.style.height = `${height}px`;
    const needBar = rows.length * ROW_H > height - HEAD_H;
    const W = root.clientWidth - (needBar ? SCROLLBAR : 0);
    const fixed = allCols.reduce((s, c) => s + (c.width || 0), 0);
    const ratio = allCols.reduce((s, c) => s + (c.width ? 0 : c.expand || 1), 0);
    widths = allCols.map((c) => c.width || Math.max(60, Math.floor(((W - fixed) * (c.expand || 1)) / ratio)));
    ths.forEach((th, ci) => { th.style.width = `${widths[ci]}px`; });
    for (const tr of pool) [...tr.children].forEach((td, ci) => { td.style.width = `${widths[ci]}px`; });
    scrollerV.style.height = `${height - HEAD_H}px`;
    paint();
  };
  new ResizeObserver(() => root.layout()).observe(root);
  grids.add(root);

  scrollerV.addEventListener('scroll', () => { scrollTop = scrollerV.scrollTop; paint(); });
  wrapper.addEventListener('wheel', (e) => {
    const before = scrollerV.scrollTop;
    scrollerV.scrollTop += e.deltaY;
    if (scrollerV.scrollTop !== before) e.preventDefault();
  }, { passive: false });

  tbody.addEventListener('click', (e) => {
    const tr = e.target.closest('tr');
    if (!tr || tr.idx < 0) return;
    if (e.target.closest('.component-wrap .v-button, .component-wrap .v-nativebutton')) return; // the button handles it
    const r = rows[tr.idx];
    focusRow = tr.idx;
    if (tree && e.target.closest('.v-treegrid-expander') && tree.hasChildren(r)) { roundTrip(() => tree.onToggle(r)); return; }
    if (multi) {
      const k = opts.key(r);
      roundTrip(() => { if (checked.has(k)) checked.delete(k); else checked.add(k); opts.onCheck?.(checked); paint(true); });
      return;
    }
    if (opts.selection === 'none') { paint(true); return; }
    const deselect = opts.selected != null && String(opts.key(r)) === String(opts.selected);
    roundTrip(() => opts.onRowClick?.(r, deselect));
  });
  root.addEventListener('keydown', (e) => {
    if (e.target !== root || !rows.length) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      focusRow = Math.max(0, Math.min(rows.length - 1, focusRow + (e.key === 'ArrowDown' ? 1 : -1)));
      const bodyH = height - HEAD_H;
      if (focusRow * ROW_H < scrollTop) scrollerV.scrollTop = focusRow * ROW_H;
      else if ((focusRow + 1) * ROW_H > scrollTop + bodyH) scrollerV.scrollTop = (focusRow + 1) * ROW_H - bodyH;
      scrollTop = scrollerV.scrollTop; paint(true);
    } else if ((e.key === ' ' || e.key === 'Enter') && focusRow >= 0) {
      e.preventDefault();
      const r = rows[focusRow];
      if (multi) { const k = opts.key(r); roundTrip(() => { if (checked.has(k)) checked.delete(k); else checked.add(k); opts.onCheck?.(checked); paint(true); }); }
      else if (opts.selection !== 'none') { const deselect = String(opts.key(r)) === String(opts.selected); roundTrip(() => opts.onRowClick?.(r, deselect)); }
    }
  });

  /** New data from the "server" (filter, tree toggle): back to the top, rows rebuilt. */
  /** The open record changed (navigation): only the selection marks are repainted. */
  root.setSelected = (id) => { if (String(opts.selected ?? '') === String(id ?? '')) return; opts.selected = id; paint(true); };
  root.setRows = (list) => { rows = sorted(list); scrollTop = 0; scrollerV.scrollTop = 0; focusRow = -1; root.layout(); paint(true); };
  return root;
}
