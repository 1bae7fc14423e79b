import type { GoldDeadline } from './gold';

// How LABELS.md compares names, document numbers and dates, as the reference scorer does.

/** Precision, recall and F1; with nothing predicted and nothing expected all three are 1. */
export interface F1Score {
  p: number;
  r: number;
  f1: number;
}

/** Folds a name for comparison: no diacritics, `đ` → `d`, lower case, punctuation to single spaces. */
export function foldName(value: unknown): string {
  return String(value ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The key two document numbers are compared by: a leading "Số:" dropped, spaces, dots and
 * apostrophes removed, dash runs folded to one `-`, upper case, `Đ`/`Ð` folded to `D`.
 */
export function citationKey(value: unknown): string {
  return String(value ?? '')
    .normalize('NFC')
    .replace(/^s[ốo]\s*:?/i, '')
    .replace(/[\s.'’`]/g, '')
    .replace(/[-‐‑–—]+/g, '-')
    .toUpperCase()
    .replace(/[ĐÐ]/g, 'D');
}

/** Two agency names agree when one contains the other or they share half their words. */
export function sameName(a: unknown, b: unknown): boolean {
  const x = foldName(a);
  const y = foldName(b);
  if (!x || !y) return false;
  if (x.includes(y) || y.includes(x)) return true;
  const wx = new Set(x.split(' '));
  const wy = new Set(y.split(' '));
  const shared = [...wx].filter((w) => wy.has(w)).length;
  return shared / Math.max(wx.size, wy.size) >= 0.5;
}

/** The date of a deadline object, `null` for a missing or undated one. */
export function deadlineDate(deadline: unknown): string | null {
  return deadline && typeof deadline === 'object' ? ((deadline as { date?: string | null }).date ?? null) : null;
}

/** A predicted date is right when it equals the gold date or any date listed in `also`. */
export function isDeadlineRight(gold: GoldDeadline | null | undefined, predicted: string | null): boolean {
  return deadlineDate(gold) === predicted || (gold?.also ?? []).includes(predicted);
}

/** F1 over counts; an empty prediction for an empty gold set scores 1, not 0. */
export function scoreF1(tp: number, np: number, ng: number): F1Score {
  const p = np ? tp / np : ng ? 0 : 1;
  const r = ng ? tp / ng : np ? 0 : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
