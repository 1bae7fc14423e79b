/** Elements whose content is never text a reader sees. */
export const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'IFRAME', 'OBJECT', 'SVG', 'CANVAS']);

/** Elements that start and end a line of their own. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
  'HTML', 'LEGEND', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT',
  'THEAD', 'TR', 'UL',
]);

/** Table cells: kept on their row, separated so words of adjacent cells do not run together. */
const CELLS = new Set(['TD', 'TH']);
/**
 * A row of three cells or more (a plan's "STT | Nội dung | Chủ trì | Phối hợp | Thời gian") is
 * written "| a | b | c |", each cell on the row's line, so the engine reads its columns. Rows of
 * one or two cells (a directive's header laid out in a table) stay joined by spaces.
 */
const MIN_PIPED_CELLS = 3;

/** Marks where a block element starts or ends; runs of them become one line break. */
const BLOCK_BREAK = '\u0001';

/**
 * Preformatted text is carried through the line tidying in disguise (space, tab, line break as
 * these control characters) so its indentation and blank lines survive, then restored.
 */
const PRE_SPACE = '\u0002';
const PRE_TAB = '\u0003';
const PRE_BREAK = '\u0004';
/** Before each cell of a piped row and at its end; "|" once the lines are tidied. */
const CELL_BAR = '\u0005';
/** A paragraph or line break inside a piped row's cell: one space once the lines are tidied. */
const ROW_SPACE = '\u0006';
const MARKERS = /[\u0001-\u0006]/g;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * Converts a parsed HTML document to plain text: scripts, styles and other invisible content are
 * dropped, every block element (paragraph, list item, table row, heading…) becomes its own line,
 * `<br>` breaks the line, whitespace inside a line collapses to one space (except in `<pre>` and in
 * elements styled `white-space: pre…`, whose text is shown as written).
 * The document is a parameter so the extension passes the page's own and tests a parsed one.
 */
export function htmlToText(doc: Document): string {
  const body: Node | null = doc.body;
  const root: Node | null = body?.firstChild ? body : doc.documentElement;
  if (!root) return '';
  return tidyLines(collectText(root, {}).raw);
}

/** Options of `nodeToText`. */
export interface NodeTextOptions {
  /** Elements to leave out with everything inside them (navigation, banners…), besides scripts and styles. */
  skip?: (element: Element) => boolean;
  /** Stop walking once about this many characters were collected (a huge page is cut anyway). */
  limit?: number;
}

/**
 * Plain text of one node and its descendants, with the same line rules as `htmlToText`.
 * `cut` is true when the walk stopped at `limit` before the end of the node.
 */
export function nodeToText(root: Node, options: NodeTextOptions = {}): { text: string; cut: boolean } {
  const { raw, cut } = collectText(root, options);
  return { text: tidyLines(raw), cut };
}

/** Depth-first walk with an explicit stack: deeply nested pages must not overflow the call stack. */
function collectText(root: Node, { skip, limit = Infinity }: NodeTextOptions): { raw: string; cut: boolean } {
  const out: string[] = [];
  let length = 0;
  // A node to visit (inside <pre>, inside a piped row), or a string to emit once its element's children are done.
  const stack: (readonly [Node, boolean, boolean] | string)[] = [[root, false, false]];
  while (stack.length) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      out.push(item);
      continue;
    }
    // Checked on nodes only, so closing the elements already open never counts as a cut.
    if (length > limit) return { raw: out.join(''), cut: true };
    const [node, inPre, inRow] = item;
    if (node.nodeType === TEXT_NODE) {
      const value = (node.nodeValue ?? '').replace(MARKERS, '');
      const text = inPre ? disguisePre(value) : value.replace(/[ \t\r\n\f\u00a0]+/g, ' ');
      out.push(text);
      length += text.length;
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIPPED.has(tag) || (node !== root && skip?.(node as Element))) continue;
    if (tag === 'BR') {
      out.push(inRow ? ROW_SPACE : '\n');
      continue;
    }
    let row = inRow;
    if (tag === 'TR' && !inRow && isPipedRow(node as Element)) {
      row = true;
      out.push(BLOCK_BREAK);
      stack.push(BLOCK_BREAK, CELL_BAR);
    } else if (BLOCKS.has(tag)) {
      // Paragraphs inside a piped row's cell stay on the row's line.
      out.push(inRow ? ROW_SPACE : BLOCK_BREAK);
      stack.push(inRow ? ROW_SPACE : BLOCK_BREAK);
    } else if (CELLS.has(tag)) out.push(inRow && (node as Element).parentNode && isPipedRow((node as Element).parentNode as Element) ? CELL_BAR : '\t');
    const pre = inPre || tag === 'PRE' || keepsWhitespace(node as Element);
    const children: Node[] = [];
    for (let child = node.firstChild; child; child = child.nextSibling) children.push(child);
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, pre, row]);
  }
  return { raw: out.join(''), cut: false };
}

/** A table row of `MIN_PIPED_CELLS` cells or more, none holding a table of its own. */
function isPipedRow(tr: Element): boolean {
  if (tr.tagName.toUpperCase() !== 'TR') return false;
  let cells = 0;
  for (let child = tr.firstElementChild; child; child = child.nextElementSibling) {
    if (!CELLS.has(child.tagName.toUpperCase())) continue;
    if (child.getElementsByTagName('table').length) return false;
    cells++;
  }
  return cells >= MIN_PIPED_CELLS;
}

/** `white-space: pre…` or `break-spaces` in an inline style: the page shows its text as written. */
const PRE_STYLE = /(?:^|;)\s*white-space\s*:\s*(?:pre|pre-wrap|pre-line|break-spaces)\s*(?:;|!|$)/i;

function keepsWhitespace(el: Element): boolean {
  const style = el.getAttribute('style');
  return !!style && PRE_STYLE.test(style);
}

function disguisePre(value: string): string {
  return value.replace(/\r\n?/g, '\n').replaceAll(' ', PRE_SPACE).replaceAll('\t', PRE_TAB).replaceAll('\n', PRE_BREAK);
}

/**
 * Turns each run of block boundaries into one line break (`<br>` breaks stay as written), trims
 * every line, turns cell separators into single spaces and keeps at most one blank line; then
 * restores preformatted text as written.
 */
function tidyLines(raw: string): string {
  return raw
    .replace(/[ \t]*\u0001[ \t\u0001]*/g, '\n')
    .split('\n')
    .map((line) => line.replace(/^[ \t]+|[ \t]+$/g, '').replace(/[ \t]*\t[ \t]*/g, ' ').replace(/[ \u0006]*\u0006[ \u0006]*/g, ' ').replace(/ *\u0005 */g, ' | ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replaceAll(PRE_SPACE, ' ')
    .replaceAll(PRE_TAB, '\t')
    .replaceAll(PRE_BREAK, '\n')
    .replace(/^\n+|\n+$/g, '');
}
