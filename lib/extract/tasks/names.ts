import { foldKey } from '../fold';

// Abbreviations a body uses for itself ("UBND tỉnh" for "Ủy ban nhân dân tỉnh …").
const ABBREVIATIONS: [RegExp, string][] = [
  [/\bubnd\b/g, 'uy ban nhan dan'],
  [/\bhdnd\b/g, 'hoi dong nhan dan'],
  [/\bvp\b/g, 'van phong'],
];

function expandAbbreviations(key: string): string {
  return ABBREVIATIONS.reduce((k, [re, full]) => k.replace(re, full), key);
}

export function sameBody(name: string, issuerKey: string): boolean {
  const k = expandAbbreviations(foldKey(name));
  const key = expandAbbreviations(issuerKey);
  if (k.length < 6 || key.length < 6) return k === key;
  return k === key || k.startsWith(key);
}

/** True when a name of one list contains one of the other ("Bộ trưởng Bộ Công an" / "Bộ Công an"). */
export function overlaps(a: string[], b: string[]): boolean {
  const ka = a.map(foldKey);
  const kb = b.map(foldKey);
  return ka.some((x) => kb.some((y) => x.length > 3 && y.length > 3 && (x.includes(y) || y.includes(x))));
}

/** Lists naming the same bodies, allowing abbreviations and OCR noise (half the words shared). */
export function similarNames(a: string[], b: string[]): boolean {
  const wa = new Set(a.flatMap((x) => foldKey(x).split(' ')));
  const wb = new Set(b.flatMap((x) => foldKey(x).split(' ')));
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared / Math.max(wa.size, wb.size, 1) >= 0.5;
}

export function sameNames(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((x, i) => foldKey(x) === foldKey(b[i]!));
}
