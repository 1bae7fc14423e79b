/**
 * Content lines of an iCalendar file (RFC 5545 §3.1). The `ics` package folds lines every 75
 * characters, but the limit is 75 octets: a Vietnamese line of 75 characters takes up to 225 bytes
 * in UTF-8. Its output is unfolded here and folded again by octets, never inside a character.
 */

const encoder = new TextEncoder();

/** The content lines of `text` (folded lines joined, CRLF or LF, blank lines dropped). */
export function unfoldLines(text: string): string[] {
  return text
    .replace(/\r?\n[ \t]/gu, '')
    .split(/\r?\n/u)
    .filter((line) => line !== '');
}

/** One content line folded so no physical line passes 75 octets (CRLF excluded). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  // Continuation lines start with a space, which counts: 74 octets of content after the first line.
  let limit = 75;
  for (const char of line) {
    const octets = encoder.encode(char).length;
    if (size + octets > limit) {
      parts.push(current);
      current = '';
      size = 0;
      limit = 74;
    }
    current += char;
    size += octets;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Content lines as a file: each folded, each ended by CRLF. */
export function joinLines(lines: readonly string[]): string {
  return lines.map((line) => `${foldLine(line)}\r\n`).join('');
}

/** A TEXT value escaped (backslash, semicolon, comma, line breaks), for text `ics` does not escape. */
export function escapeText(text: string): string {
  return text.replace(/\\/gu, '\\\\').replace(/;/gu, '\\;').replace(/,/gu, '\\,').replace(/\r?\n/gu, '\\n');
}

/** The property name of a content line ("DTSTART;VALUE=DATE:20260115" → "DTSTART"). */
export function propertyName(line: string): string {
  return /^[A-Za-z0-9-]+/u.exec(line)?.[0].toUpperCase() ?? '';
}
