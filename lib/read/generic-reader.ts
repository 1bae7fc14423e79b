import { isBoilerplate } from './boilerplate';
import { capText, makeCapture } from './capture-fields';
import { htmlToText, nodeToText } from './html-text';
import { findMainBlock } from './main-block';
import type { PageReader } from './types';

/**
 * Any page: the text of its main readable block (see `findMainBlock`) with menus, banners and
 * hidden parts left out, one line per block, table rows as lines. When nothing is left after
 * that, the whole page's text, so a page with text never reads as empty.
 */
export const genericReader: PageReader = {
  name: 'generic',
  applies: () => true,
  read(doc, url, maxChars) {
    const root = doc.body ?? doc.documentElement;
    if (!root) return null;
    // Walk a little past the cap: lines are tidied (spaces collapsed) after the walk.
    const limit = maxChars * 2 + 1000;
    let { text, cut } = nodeToText(findMainBlock(root, isBoilerplate), { skip: isBoilerplate, limit });
    if (!text) ({ text, cut } = { text: htmlToText(doc), cut: false });
    if (!text) return null;
    const capped = capText(text, maxChars);
    return makeCapture(doc, url, { text: capped.text, truncated: capped.truncated || cut, selection: false, reader: 'generic' });
  },
};
