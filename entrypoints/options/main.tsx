import { render } from 'preact';
import { OptionsForm } from '../../components/options-form';
import { getSettings, updateSettings } from '../../lib/settings';
import '../sidepanel/style.css';

render(<OptionsForm load={getSettings} save={updateSettings} />, document.getElementById('app')!);
