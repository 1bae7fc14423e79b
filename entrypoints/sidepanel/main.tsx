import { render } from 'preact';
import { App } from './app';
import { createPanelStore } from './panel-store';
import './style.css';

render(<App store={createPanelStore()} />, document.getElementById('app')!);
