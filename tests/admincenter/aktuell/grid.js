// vaadin-grid wired as Flow's Grid: text columns by property path (col0, col1, …), header cells through a
// headerRenderer with a vaadin-grid-sorter named "Sort by <Header>" (gridConnector, column.header = null),
// component columns through a renderer, items served lazily by a data provider (Flow pages of 50) so only
// the visible rows exist in the DOM.
import { h } from './ui.js';

const collator = new Intl.Collator('de', { numeric: true, sensitivity: 'base' });
const byGrid = new WeakMap(); // grid → { rows, byKey, refresh }

/**
 * columns: [{ header, value?(rec) → text, component?(rec) → Element, sortable = !component, width?, flexGrow? }]
 * records: the data; key(rec) → stable id. tree: parentKey(rec) makes a TreeGrid (hierarchy column first).
 * sort: [columnIndex, 'asc'|'desc'] initially shown and applied, or null (unsorted; order as given).
 * onOpen(rec): a click or Enter on a row (Flow's item click listener). selection: adds the multi-select column.
 */
export function dataGrid({ columns, records, key = (r) => r.id, onOpen, sort = [0, 'asc'], term = '', tree = null, selection = false, partName }) {
  const grid = h('vaadin-grid', { theme: 'row-stripes' });
  grid.pageSize = 50;
  grid.itemIdPath = 'key';
  let rows = [];
  let byKey = new Map();
  const setRows = (recs) => {
    rows = recs.map((rec) => {
      const row = { key: String(key(rec)), rec };
      columns.forEach((c, i) => { if (c.value) row[`col${i}`] = String(c.value(rec) ?? ''); });
      return row;
    });
    byKey = new Map(rows.map((r) => [r.key, r]));
    if (tree) {
      for (const r of rows) { r.parent = tree(r.rec) == null ? null : String(tree(r.rec)); }
      for (const r of rows) r.hasChildren = rows.some((c) => c.parent === r.key);
    }
    byGrid.set(grid, { byKey });
  };
  setRows(records);
  if (selection) grid.append(h('vaadin-grid-selection-column', { '.autoWidth': true, '.flexGrow': 0 }));
  columns.forEach((c, i) => {
    const col = h(tree && i === 0 ? 'vaadin-grid-tree-column' : 'vaadin-grid-column', { '.flexGrow': c.flexGrow ?? 1 });
    if (c.width) col.width = c.width;
    if (c.component) col.renderer = (root, _col, model) => { root.replaceChildren(c.component(model.item.rec)); };
    else col.path = `col${i}`;
    col.header = null;
    const sortable = c.sortable ?? !c.component;
    col.headerRenderer = (root) => {
      if (root.firstChild) return;
      if (!sortable) { root.textContent = c.header; return; }
      const s = h('vaadin-grid-sorter', { path: `col${i}`, 'aria-label': `Sort by ${c.header}` }, c.header);
      if (sort && sort[0] === i) s.direction = sort[1];
      root.append(s);
    };
    grid.append(col);
  });
  if (partName) grid.cellPartNameGenerator = (_col, model) => partName(model.item.rec) || '';

  let filter = term.trim().toLowerCase();
  let cache = null; // { sig, list } of the current filter + sort
  const matches = (r) => !filter || columns.some((c, i) => c.value && r[`col${i}`].toLowerCase().includes(filter));
  const view = (sortOrders = [], parentKey) => {
    const so = sortOrders.find((o) => o.direction);
    const sig = `${filter}|${so ? `${so.path}:${so.direction}` : ''}|${parentKey ?? ''}`;
    if (cache?.sig === sig) return cache.list;
    let list;
    if (tree) {
      // a node shows when it or one of its descendants matches
      const keep = new Set();
      for (const r of rows) if (matches(r)) for (let p = r; p && !keep.has(p.key); p = byKey.get(p.parent)) keep.add(p.key);
      list = rows.filter((r) => r.parent === (parentKey ?? null) && keep.has(r.key));
    } else list = rows.filter(matches);
    if (so) {
      const dir = so.direction === 'desc' ? -1 : 1;
      list = list.slice().sort((a, b) => dir * collator.compare(a[so.path] ?? '', b[so.path] ?? ''));
    }
    cache = { sig, list };
    return list;
  };
  // With a selection column the grid gets its items as an array (its own sorting by path): Flow's
  // selection column offers "Select All" for in-memory data, and the web component only for arrays.
  const inMemory = selection && !tree;
  if (inMemory) grid.items = rows.filter(matches);
  else {
    grid.dataProvider = ({ page, pageSize, sortOrders, parentItem }, callback) => {
      const list = view(sortOrders, parentItem?.key);
      callback(list.slice(page * pageSize, (page + 1) * pageSize), list.length);
    };
  }
  if (tree) {
    grid.itemHasChildrenPath = 'hasChildren';
    grid.expandedItems = rows.filter((r) => r.hasChildren); // every level open, as the OE list shows it
  }
  /** New records for the same columns (Flow's setItems): the grid fetches again. */
  grid.setRecords = (recs) => { setRows(recs); refetch(); };
  const refetch = () => { cache = null; if (inMemory) grid.items = rows.filter(matches); else grid.clearCache(); };
  if (onOpen) {
    grid.addEventListener('cell-activate', (e) => {
      const item = e.detail.model?.item;
      if (item) onOpen(item.rec);
    });
  }
  grid.setFilter = (t) => { filter = t.trim().toLowerCase(); refetch(); };
  return grid;
}

/** Highlight the open record's row (Flow single selection) or none. */
export function selectKey(grid, k) {
  const info = byGrid.get(grid);
  if (!info) return;
  const row = k == null ? null : info.byKey.get(String(k));
  grid.selectedItems = row ? [row] : [];
}
/** Records whose rows are checked in a grid with a selection column. */
export const checkedRecords = (grid) => grid.selectedItems.map((r) => r.rec);
