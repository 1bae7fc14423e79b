import { citationKey } from '../extract/citations';
import type { Extraction } from '../extract/schema';
import { foldKey } from '../extract/fold';

/** 32-bit FNV-1a over UTF-16 units, as 8 hex digits. */
function fnv1a(text: string, basis: number): string {
  let hash = basis;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * Identity of a directive across captures. With a number that has digits:
 * `citationKey(number)|date|folded issuer` ("1008-CV/BTGTU|2021-12-22|ban tuyen giao tinh uy lang son"),
 * so a citation's key is the prefix of the key of the document it cites. Otherwise `text:` and a
 * 64-bit hash (two FNV-1a passes) of the whitespace-collapsed text, plus its length.
 */
export function documentKey(doc: Extraction['document'], fallbackText: string): string {
  const number = doc.number?.trim() ?? '';
  if (/\d/u.test(number)) return [citationKey(number), doc.date ?? '', foldKey(doc.issuer ?? '')].join('|');
  const text = fallbackText.normalize('NFC').replace(/\s+/gu, ' ').trim();
  return `text:${fnv1a(text, 0x811c9dc5)}${fnv1a(text, 0x050c5d1f)}:${text.length}`;
}
