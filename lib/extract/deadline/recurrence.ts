import type { Recurrence } from '../schema';

/** Folded frequency word after "hằng"/"hàng" → recurrence. */
export function readFrequency(word: string): Recurrence | null {
  switch (word) {
    case 'ngay':
      return 'daily';
    case 'tuan':
      return 'weekly';
    case 'thang':
      return 'monthly';
    case 'quy':
      return 'quarterly';
    case 'nam':
      return 'yearly';
    default:
      return null;
  }
}
