import { foldKey } from '../fold';

// Abbreviations a body uses for itself ("UBND tỉnh" for "Ủy ban nhân dân tỉnh …"), with the
// letters each needs: most keys hold none, and are not searched.
const ABBREVIATIONS: [string, RegExp, string][] = [
  ['ubnd', /\bubnd\b/g, 'uy ban nhan dan'],
  ['hdnd', /\bhdnd\b/g, 'hoi dong nhan dan'],
  ['vp', /\bvp\b/g, 'van phong'],
];

function expandAbbreviations(key: string): string {
  let k = key;
  for (const [letters, re, full] of ABBREVIATIONS) if (k.includes(letters)) k = k.replace(re, full);
  return k;
}

export function sameBody(name: string, issuerKey: string): boolean {
  const k = expandAbbreviations(foldKey(name));
  const key = expandAbbreviations(issuerKey);
  if (k.length < 6 || key.length < 6) return k === key;
  // "Hội đồng nhân dân tỉnh": how a council names itself in its resolutions.
  return k === key || k.startsWith(key) || (key.startsWith(`${k} `) && SELF_REFERENCE.test(k));
}

const SELF_REFERENCE = /^hoi dong nhan dan(?: (?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong))?$/;

/** True when a name of one list contains one of the other ("Bộ trưởng Bộ Công an" / "Bộ Công an"). */
export function overlaps(a: string[], b: string[]): boolean {
  const ka = a.map(foldKey);
  const kb = b.map(foldKey);
  return ka.some((x) => kb.some((y) => x.length > 3 && y.length > 3 && (x.includes(y) || y.includes(x))));
}

// Words every People's Committee or Council shares: "Ủy ban nhân dân cấp xã" and "Ủy ban nhân dân
// phường Yên Bái" are other bodies, though most of their words are the same.
const COUNCIL_WORDS = new Set(['uy', 'ban', 'nhan', 'dan', 'hoi', 'dong']);

/** Lists naming the same bodies, allowing abbreviations and OCR noise (half the words shared, or `share`). */
export function similarNames(a: string[], b: string[], share = 0.5): boolean {
  let wa = new Set(a.flatMap((x) => expandAbbreviations(foldKey(x)).split(' ')));
  let wb = new Set(b.flatMap((x) => expandAbbreviations(foldKey(x)).split(' ')));
  const ownA = [...wa].filter((w) => !COUNCIL_WORDS.has(w));
  const ownB = [...wb].filter((w) => !COUNCIL_WORDS.has(w));
  if (ownA.length && ownB.length && ownA.length < wa.size && ownB.length < wb.size) {
    wa = new Set(ownA);
    wb = new Set(ownB);
  }
  // "Chi cục Thuế" and "các Cục Thuế", "Tổng cục Thuế" and "Cục Thuế": another level, another body.
  for (const rank of RANK_WORDS) if (wa.has(rank) !== wb.has(rank)) return false;
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared / Math.max(wa.size, wb.size, 1) >= share;
}

const RANK_WORDS = ['chi', 'tong'];

export function sameNames(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((x, i) => foldKey(x) === foldKey(b[i]!));
}
