// v7 Table (compatibility-client VScrollTable): header and body are separate tables, rows between spacer divs,
// selection is the class v-selected — and no ARIA at all. Used where the AdminCenter still has old v7 tables.
import { h } from './vaadin.js';
import { roundTrip } from './server.js';

/**
 * columns: [{ caption, value(row) → string | Node, width? }]
 * opts: { rows, selectedIndex, onSelect(index), pageLength, emptyText }
 */
export function v7Table(columns, { rows, selectedIndex = -1, onSelect, pageLength = 15, selectable = !!onSelect } = {}) {
  const headCells = columns.map((c) => h('td', { class: 'v-table-header-cell', style: c.width ? `width: ${c.width}px;` : null },
    h('div', { class: 'v-table-resizer' }), h('div', { class: 'v-table-sort-indicator' }), h('div', { class: 'v-table-caption-container' }, c.caption || '')));
  const body = h('tbody');
  rows.forEach((r, i) => {
    const tr = h('tr', { class: [i % 2 ? 'v-table-row-odd' : 'v-table-row', i === selectedIndex && 'v-selected'].filter(Boolean).join(' ') },
      columns.map((c) => {
        const v = c.value(r, i);
        return h('td', { class: 'v-table-cell-content', style: c.width ? `width: ${c.width}px;` : null }, h('div', { class: 'v-table-cell-wrapper' }, v instanceof Node ? v : String(v ?? '')));
      }));
    if (selectable) tr.addEventListener('click', (e) => { if (!e.target.closest('.v-button')) roundTrip(() => onSelect(i)); });
    body.append(tr);
  });
  const rowH = 37;
  return h('div', { class: `v-table v-widget v-has-width${selectable ? ' v-table-selectable' : ''}` },
    h('div', { class: 'v-table-header-wrap' },
      h('div', { class: 'v-table-header' }, h('div', {}, h('table', {}, h('tbody', {}, h('tr', {}, headCells))))),
      h('div', { class: 'v-table-column-selector', style: 'display: none;' })),
    h('div', { class: 'v-table-body-wrapper v-table-body', style: `height: ${pageLength * rowH}px;` },
      h('div', { class: selectable ? null : 'v-table-body-noselection' },
        h('div', { class: 'v-table-row-spacer', style: 'height: 0px;' }),
        h('table', { class: 'v-table-table' }, body),
        h('div', { class: 'v-table-row-spacer', style: 'height: 0px;' }))),
    h('div', { class: 'v-table-footer-wrap', style: 'display: none;' }));
}
