import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { postMessage } from '../lib/post-message';
import { capturePage } from '../lib/read/capture-page';

// Injected on demand by the background (`scripting.executeScript`, after a toolbar click, the
// shortcut, the menu, or a granted host): reads this page once and sends one `pageCaptured` message.
// `postMessage` keeps the script small (no schema library, no messaging library): the background
// validates the payload on arrival.
export default defineUnlistedScript(() => postMessage('pageCaptured', capturePage(document, new URL(location.href))));
