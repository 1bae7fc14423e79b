const MAX_WORDS = 14;

/** Collapses whitespace and strips list markers and leading punctuation. */
export function cleanText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/^[\s:;,.\-–+•*_|>]+/u, '')
    .trim();
}

/** A short to-do title: the first words of the duty, ending at the first sentence or clause. */
export function makeTitle(action: string): string {
  // The title comes from the first clause: a few hundred characters are enough to find it.
  const first = cleanText(action.slice(0, 400)).split(/(?<=[.;])\s/u)[0] ?? '';
  const words = first.replace(/[.;:,]+$/u, '').split(' ').filter(Boolean);
  if (words.length === 0) return '';
  const head = words.slice(0, MAX_WORDS).join(' ');
  const title = head.charAt(0).toUpperCase() + head.slice(1);
  return words.length > MAX_WORDS ? `${title}…` : title;
}
