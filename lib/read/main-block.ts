import { SKIPPED } from './html-text';

/** Letters (non-space characters) under an element: all of them, those in links, those directly in it. */
interface Weight {
  text: number;
  links: number;
  own: number;
}

/** A child holding at least this share of its parent's text is where the content is. */
const DOMINANT_SHARE = 0.75;

/** A block whose own text (outside child elements) is this share of its text is a text block. */
const OWN_TEXT_SHARE = 0.1;

/** Children that are pieces of running text: once a block has a few, it is the content itself. */
const FLOW_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'DL']);
const FLOW_CHILDREN = 3;

/** Structures read whole: a table keeps its header row, a list all its items. */
const WHOLE_TAGS = new Set(['TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'UL', 'OL', 'DL', 'PRE']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Finds the element holding a page's main readable text: the largest article or main block when
 * it holds most of the text, then down through wrappers while one child holds most of what is
 * left (a layout column beside menus, the text beside a metadata table), stopping at a block of
 * running text (so the header lines of a directive stay with its body) or at a table or list.
 * Link text does not count.
 */
export function findMainBlock(root: Element, skip: (el: Element) => boolean): Element {
  const weights = measure(root, skip);
  const score = (el: Element) => {
    const w = weights.get(el);
    return w ? w.text - w.links : 0;
  };
  let node = semanticBlock(root, score) ?? root;
  for (;;) {
    const total = score(node);
    if (total <= 0 || WHOLE_TAGS.has(node.tagName.toUpperCase()) || isTextBlock(node, weights.get(node)!, score)) break;
    let best: Element | null = null;
    for (let child = node.firstElementChild; child; child = child.nextElementSibling) {
      if (score(child) > (best ? score(best) : 0)) best = child;
    }
    if (!best || score(best) < DOMINANT_SHARE * total) break;
    node = best;
  }
  return node;
}

/** The largest `article`/`main` block when it holds at least half of the page's text. */
function semanticBlock(root: Element, score: (el: Element) => number): Element | null {
  let best: Element | null = null;
  for (const el of Array.from(root.querySelectorAll('article, main, [role="main"]'))) {
    if (score(el) > (best ? score(best) : 0)) best = el;
  }
  return best && score(best) >= 0.5 * score(root) ? best : null;
}

function isTextBlock(node: Element, weight: Weight, score: (el: Element) => number): boolean {
  if (weight.own >= OWN_TEXT_SHARE * weight.text) return true;
  let flow = 0;
  for (let child = node.firstElementChild; child; child = child.nextElementSibling) {
    if (FLOW_TAGS.has(child.tagName.toUpperCase()) && score(child) > 0 && ++flow >= FLOW_CHILDREN) return true;
  }
  return false;
}

/**
 * Counts the letters under every element that is not skipped: a pre-order walk with an explicit
 * stack (deep pages), then children added into parents in reverse order.
 */
function measure(root: Element, skip: (el: Element) => boolean): Map<Element, Weight> {
  const weights = new Map<Element, Weight>();
  const order: Element[] = [];
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    const weight: Weight = { text: 0, links: 0, own: 0 };
    weights.set(el, weight);
    order.push(el);
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) weight.own += countLetters(child.nodeValue ?? '');
      else if (child.nodeType === ELEMENT_NODE) {
        const element = child as Element;
        if (!SKIPPED.has(element.tagName.toUpperCase()) && !skip(element)) stack.push(element);
      }
    }
    weight.text = weight.own;
  }
  for (let i = order.length - 1; i > 0; i--) {
    const el = order[i]!;
    const weight = weights.get(el)!;
    if (el.tagName.toUpperCase() === 'A') weight.links = weight.text;
    const parent = el.parentElement && weights.get(el.parentElement);
    if (!parent) continue;
    parent.text += weight.text;
    parent.links += weight.links;
  }
  return weights;
}

function countLetters(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    // Space, tab, line breaks and no-break space are not letters of the text.
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 0xa0) n++;
  }
  return n;
}
