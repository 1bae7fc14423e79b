import { render } from 'preact';
import { App } from './app';
import { createPanelStore } from './panel-store';
import './style.css';

const store = createPanelStore();
// Reading starts before the first render, so the list is on its way while the page draws.
store.start();
render(<App store={store} />, document.getElementById('app')!);
