import { render } from 'preact';
import '../../components/panel.css';
import '../../components/legal.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
