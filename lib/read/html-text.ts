/** Elements whose content is never text a reader sees. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'IFRAME', 'OBJECT', 'SVG', 'CANVAS']);

/** Elements that start and end a line of their own. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
  'HTML', 'LEGEND', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT',
  'THEAD', 'TR', 'UL',
]);

/** Table cells: kept on their row, separated so words of adjacent cells do not run together. */
const CELLS = new Set(['TD', 'TH']);

/** Marks where a block element starts or ends; runs of them become one line break. */
const BLOCK_BREAK = '\u0001';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * Converts a parsed HTML document to plain text: scripts, styles and other invisible content are
 * dropped, every block element (paragraph, list item, table row, heading…) becomes its own line,
 * `<br>` breaks the line, whitespace inside a line collapses to one space (except in `<pre>`).
 * The document is a parameter so the extension passes the page's own and tests a parsed one.
 */
export function htmlToText(doc: Document): string {
  const body: Node | null = doc.body;
  const root: Node | null = body?.firstChild ? body : doc.documentElement;
  if (!root) return '';
  return tidyLines(collectText(root));
}

/** Depth-first walk with an explicit stack: deeply nested pages must not overflow the call stack. */
function collectText(root: Node): string {
  const out: string[] = [];
  // A node to visit, or a string to emit once its element's children are done.
  const stack: (readonly [Node, boolean] | string)[] = [[root, false]];
  while (stack.length) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      out.push(item);
      continue;
    }
    const [node, inPre] = item;
    if (node.nodeType === TEXT_NODE) {
      const value = (node.nodeValue ?? '').replaceAll(BLOCK_BREAK, '');
      out.push(inPre ? value : value.replace(/[ \t\r\n\f\u00a0]+/g, ' '));
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIPPED.has(tag)) continue;
    if (tag === 'BR') {
      out.push('\n');
      continue;
    }
    if (BLOCKS.has(tag)) {
      out.push(BLOCK_BREAK);
      stack.push(BLOCK_BREAK);
    } else if (CELLS.has(tag)) out.push('\t');
    const pre = inPre || tag === 'PRE';
    const children: Node[] = [];
    for (let child = node.firstChild; child; child = child.nextSibling) children.push(child);
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, pre]);
  }
  return out.join('');
}

/**
 * Turns each run of block boundaries into one line break (`<br>` breaks stay as written), trims
 * every line, turns cell separators into single spaces and keeps at most one blank line.
 */
function tidyLines(raw: string): string {
  return raw
    .replace(/[ \t]*\u0001[ \t\u0001]*/g, '\n')
    .split('\n')
    .map((line) => line.replace(/^[ \t]+|[ \t]+$/g, '').replace(/[ \t]*\t[ \t]*/g, ' '))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}
