// Entry of the Vaadin bundle of the aktuell practice AdminCenter. scripts/lib/practice-files.mjs builds it
// with esbuild on the first request of ./vaadin.bundle.js (nothing generated is committed).
// The imports are the web components Flow 24.9 renders for the views, plus the global Lumo styles Flow adds
// by default (lumoImports: typography, color, badge, utility).
import './vaadin-env.js';
import { location as sideNavLocation } from '@vaadin/side-nav/src/location.js';
import '@vaadin/vaadin-lumo-styles/typography-global.js';
import '@vaadin/vaadin-lumo-styles/color-global.js';
import '@vaadin/vaadin-lumo-styles/badge-global.js';
import '@vaadin/vaadin-lumo-styles/utility-global.js';
import '@vaadin/vaadin-lumo-styles/vaadin-iconset.js';
import '@vaadin/icon';
import '@vaadin/icons';
import '@vaadin/app-layout';
import '@vaadin/side-nav';
import '@vaadin/side-nav/vaadin-side-nav-item.js';
import '@vaadin/button';
import '@vaadin/text-field';
import '@vaadin/text-area';
import '@vaadin/select';
import '@vaadin/combo-box';
import '@vaadin/checkbox';
import '@vaadin/radio-group';
import '@vaadin/radio-group/vaadin-radio-button.js';
import '@vaadin/grid';
import '@vaadin/grid/vaadin-grid-sorter.js';
import '@vaadin/grid/vaadin-grid-selection-column.js';
import '@vaadin/grid/vaadin-grid-tree-column.js';
import '@vaadin/dialog';
import '@vaadin/notification';
import '@vaadin/tabs';
import '@vaadin/tabsheet';
import '@vaadin/upload';
import '@vaadin/horizontal-layout';
import '@vaadin/vertical-layout';
import '@vaadin/form-layout';

// Side-nav marks the current item by matching its path (or path aliases) against location.pathname, which
// knows nothing of hash-bang routes (#!mandanten/6000101). Its location facade exists to be replaced: here
// the pathname includes the route, so an item with the alias /admincenter/mandanten is current on
// #!mandanten and below it (match-nested), while its link stays the working #!mandanten.
Object.defineProperty(sideNavLocation, 'pathname', {
  configurable: true,
  get: () => document.location.pathname.replace(/\/?$/, '/') + document.location.hash.replace(/^#!?/, '').split('?')[0],
});
