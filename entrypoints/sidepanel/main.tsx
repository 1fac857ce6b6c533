import { render } from 'preact';
import '../../components/panel.css';
import { App } from './App';

// In Firefox's sidebar its own header already names the extension (title, switcher, close): ours would repeat it in
// a second bar, so there it stays only for screen readers.
if (location.protocol === 'moz-extension:') document.body.classList.add('firefox-sidebar');
render(<App />, document.getElementById('app')!);
