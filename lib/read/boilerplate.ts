/** Page furniture dropped wherever it is: menus, side bars, form controls. */
const FURNITURE_TAGS = new Set(['NAV', 'ASIDE', 'MENU', 'SELECT', 'BUTTON', 'TEXTAREA', 'DIALOG']);

/** Banners and footers of the page; inside an article or main block they belong to the text. */
const PAGE_EDGE_TAGS = new Set(['HEADER', 'FOOTER']);

const FURNITURE_ROLES = new Set(['navigation', 'complementary', 'search', 'menu', 'menubar', 'toolbar', 'dialog', 'alertdialog', 'tablist']);
const PAGE_EDGE_ROLES = new Set(['banner', 'contentinfo']);

/**
 * Class or id words of menus and the like (whole words between `-`, `_` or spaces, so
 * "vb-noidung" or "menu-text-editor" do not match by accident of a substring).
 */
const FURNITURE_NAME = /(?:^|[\s_-])(?:nav|navbar|navigation|menu|sidebar|breadcrumbs?|toolbar|pagination|pager|cookie|cookies)(?:$|[\s_-])/i;

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/**
 * True for an element that is not part of a page's readable content: navigation, side bars,
 * page banners and footers, form controls, and elements hidden by attribute or inline style
 * (the way kepano/defuddle strips a page before looking for its content).
 */
export function isBoilerplate(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (FURNITURE_TAGS.has(tag)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role)) return true;
  if (PAGE_EDGE_TAGS.has(tag) || (role && PAGE_EDGE_ROLES.has(role))) return !el.parentElement?.closest('article, main, [role="main"]');
  const names = `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`;
  return names.length > 1 && FURNITURE_NAME.test(names);
}
