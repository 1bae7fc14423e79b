import { render } from 'preact';
import { BackupSection } from '../../components/backup-panel';
import { OptionsForm } from '../../components/options-form';
import { ReminderSettingsForm } from '../../components/reminder-settings-form';
import { createBackupActions } from '../../lib/export/backup-actions';
import { getSettings, updateSettings, watchSettings } from '../../lib/settings';
import '../sidepanel/style.css';
import './style.css';

render(
  <>
    <OptionsForm load={getSettings} save={updateSettings} />
    <ReminderSettingsForm load={getSettings} save={updateSettings} />
    <BackupSection actions={createBackupActions()} loadSettings={getSettings} watchSettings={watchSettings} />
  </>,
  document.getElementById('app')!,
);
