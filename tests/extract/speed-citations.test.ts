import { describe, expect, it } from 'vitest';
import { createRng, randomInt } from '../../lib/eval/fuzz';
import { citationKey } from '../../lib/extract/citations';

/** The key as four regex replaces, the form the one-pass reading must match. */
function keyByRegex(number: string): string {
  return number
    .normalize('NFC')
    .replace(/^s[ốo]\s*:?/iu, '')
    .replace(/[\s.'’`]/gu, '')
    .replace(/[-\u2010\u2011\u2013\u2014]+/gu, '-')
    .toUpperCase()
    .replace(/[ĐÐ]/gu, 'D');
}

const PIECES = ['1', '0', '9', '/', '-', '-', '&', 'Q', 'Đ', 'đ', 'Ð', 'ð', 'q', 'z', 'U', 'B', 'N', 'D', 'ố', 'S', 's', 'o', ' ', '.', '’', '`', '\u2013', '\u2010', '\n', 'ư', 'Ư', 'o\u0301', 'ß', 'ﬁ'];

describe('citation keys', () => {
  it('read in one pass are the keys of the regex replaces', () => {
    const rng = createRng(11);
    const wrong: string[] = [];
    for (let n = 0; n < 5000; n++) {
      let s = randomInt(rng, 0, 3) === 0 ? '' : String(randomInt(rng, 0, 9999));
      for (let k = randomInt(rng, 0, 14); k > 0; k--) s += PIECES[randomInt(rng, 0, PIECES.length - 1)];
      if (citationKey(s) !== keyByRegex(s)) wrong.push(s);
    }
    expect(wrong).toEqual([]);
    for (const s of ['15/QĐ-TTg', '49-NQ/TU', '10948/BXD--KHTC', '01-CTr/BTGTU-HĐND', '118/TB-', '9271/VPCP-\nCN', 'Số: 12/QĐ', '95/2025/QH15'])
      expect(citationKey(s)).toBe(keyByRegex(s));
  });
});
