import { defineBackground } from 'wxt/utils/define-background';
import { exposeE2eHooks } from './expose-e2e-hooks';
import { setupCapture } from './setup-capture';
import { setupCommands } from './setup-commands';
import { setupMenus } from './setup-menus';
import { setupReminders } from './setup-reminders';
import { setupToolbar } from './setup-toolbar';

export default defineBackground(() => {
  // Wiring only. Every listener is registered synchronously at each start: an MV3 worker is
  // stopped whenever idle and woken by these very events.
  setupCapture();
  setupToolbar();
  setupCommands();
  setupMenus();
  setupReminders();
  if (import.meta.env.MODE === 'e2e') exposeE2eHooks();
});
