// Custom elements with open shadow roots, as in the component UI of the real AdminCenter.
import { state, tenant, switchTenant } from '../store.js';

const esc = (v) => String(v ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));

/** <ac-mandant-select>: the sidebar tenant drop-down; the visible tenant name lives in its shadow root. */
class MandantSelect extends HTMLElement {
  connectedCallback() {
    if (!this.shadowRoot) {
      this.attachShadow({ mode: 'open' });
      // one listener on the shadow root: toggle the list or pick a tenant
      this.shadowRoot.addEventListener('click', (e) => {
        const opt = e.target.closest('[role=option]');
        if (opt) { this.open = false; if (Number(opt.dataset.id) !== state.tenantId) switchTenant(opt.dataset.id); else this.draw(); return; }
        if (e.target.closest('button')) { this.open = !this.open; this.draw(); }
      });
      this.shadowRoot.addEventListener('keydown', (e) => {
        if (e.key === 'Escape') { this.open = false; this.draw(); return; }
        const opt = e.target.closest('[role=option]');
        if (opt && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); this.open = false; switchTenant(opt.dataset.id); }
      });
    }
    // a click anywhere else closes the open list (removed again when the sidebar re-renders)
    this.outside = (e) => { if (this.open && !e.composedPath().includes(this)) { this.open = false; this.draw(); } };
    document.addEventListener('click', this.outside);
    this.open = false;
    this.draw();
  }
  disconnectedCallback() { document.removeEventListener('click', this.outside); }
  draw() {
    const cur = tenant();
    this.shadowRoot.innerHTML = `<style>
      :host{display:block;position:relative;font:inherit}
      button{all:unset;box-sizing:border-box;display:flex;align-items:center;justify-content:space-between;width:100%;padding:7px 10px;background:#3a4656;color:#fff;border-radius:3px;cursor:pointer;font-size:14px}
      button:focus-visible{outline:2px solid #6fb1ff}
      .chev{font-size:11px;margin-left:8px}
      ul{list-style:none;margin:2px 0 0;padding:4px 0;position:absolute;left:0;right:0;background:#fff;color:#1d2733;border-radius:3px;box-shadow:0 4px 12px rgba(0,0,0,.35);z-index:50}
      li{padding:7px 10px;cursor:pointer;font-size:14px} li:hover,li[aria-selected=true]{background:#dbe8f7}
    </style>
    <button type="button" role="combobox" aria-haspopup="listbox" aria-expanded="${this.open}" aria-label="Mandant"><span class="value">${esc(cur.name)}</span><span class="chev" aria-hidden="true">▾</span></button>
    ${this.open ? `<ul role="listbox" aria-label="Mandant">${state.tenants.map((t) => `<li role="option" tabindex="0" data-id="${t.id}" aria-selected="${t.id === cur.id}">${esc(t.name)}</li>`).join('')}</ul>` : ''}`;
  }
}

const ICONS = { PEOPLE: '<svg viewBox="0 0 16 16" width="12" height="12"><circle cx="5.5" cy="5" r="2.6" fill="currentColor"/><circle cx="11" cy="5.5" r="2.2" fill="currentColor"/><path d="M0.8 14c0-3 2-4.8 4.7-4.8S10.2 11 10.2 14z M9.8 9.6c2.6-.6 5.4.6 5.4 4.4h-4.2c0-1.8-.4-3.2-1.2-4.4z" fill="currentColor"/></svg>', HIST: '<svg viewBox="0 0 16 16" width="12" height="12"><path d="M8 1.5a6.5 6.5 0 1 1-6.1 4.3" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M0.6 3.2 2.3 6.6 5.4 4.6z" fill="currentColor"/><path d="M8 4.5V8.3l2.6 1.6" fill="none" stroke="currentColor" stroke-width="1.4"/></svg>' };
const CHIP_STYLE = {
  mandant: ['#e3eefb', '#7aa7da', 'PEOPLE'],
  land: ['#fdf1c7', '#e0b84a', 'PEOPLE'],
  published: ['#d5ebdc', '#5f9e72', 'HIST'],
  work: ['#e6e8eb', '#9aa3ad', 'HIST'],
  draft: ['#e6e8eb', '#9aa3ad', ''],
};
/** <ac-chip kind="mandant|land|published|work|draft">text</ac-chip>: a rounded badge; text is slotted. */
class Chip extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const [bg, border, icon] = CHIP_STYLE[this.getAttribute('kind')] || CHIP_STYLE.work;
    this.attachShadow({ mode: 'open' }).innerHTML = `<style>
      :host{display:inline-flex;align-items:center;gap:4px;padding:1px 9px;border-radius:12px;font-size:12.5px;line-height:20px;background:${bg};border:1px solid ${border};color:#1d2733;white-space:nowrap}
      .i{display:inline-flex}</style>${icon ? `<span class="i" aria-hidden="true">${ICONS[icon]}</span>` : ''}<slot></slot>`;
  }
}

if (!customElements.get('ac-mandant-select')) customElements.define('ac-mandant-select', MandantSelect);
if (!customElements.get('ac-chip')) customElements.define('ac-chip', Chip);
