import { render } from 'preact';
import '../../components/panel.css';
import './report.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
