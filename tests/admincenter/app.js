// Entry of the practice AdminCenter: picks the UI generation (?ui=klassisch|aktuell).
import { state } from './store.js';

const css = document.createElement('link');
css.rel = 'stylesheet';
css.href = new URL(`./${state.ui}/style.css`, import.meta.url).href;
document.head.append(css);
document.documentElement.dataset.ui = state.ui;

const { mount } = await import(`./${state.ui}/app.js`);
mount(document.getElementById('app'));
