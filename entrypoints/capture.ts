import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { sendMessage } from '../lib/messages';
import { capturePage } from '../lib/read/capture-page';

// Injected on demand by the background (`scripting.executeScript`, after a toolbar click, the
// shortcut, the menu, or a granted host): reads this page once and sends one `pageCaptured` message.
export default defineUnlistedScript(() => sendMessage('pageCaptured', capturePage(document, new URL(location.href))));
