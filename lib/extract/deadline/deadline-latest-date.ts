import { B, DATE, DAY, G, G0 } from './patterns';
import { readDateSlot, resolveDayMonth } from './read-date';
import { candidateOf } from './spans';
import type { DeadlineRule } from './types';

// "chậm nhất ngày 30/6/2025", "chậm nhất là ngày 30/6/2025", "chậm nhất vào ngày 31/01/2023", "chậm nhất 30/6"
// "muộn nhất ngày 15/10/2025", "không muộn hơn ngày 20/01/2026", "hạn cuối ngày 20/01/2026"
// "hạn chót ngày 30/6", "hạn chót: 30/6/2025", "hạn ngày 30/6" (bare "hạn" needs "ngày")
// "thời hạn 15/10/2024", "Thời hạn: 15/10/2024", "thời hạn hoàn thành: 30/11/2024", "thời hạn trước ngày 15/10"
const CUE = `cham${G}nhat|muon${G}nhat|khong${G}muon${G}hon|han${G}chot|han${G}cuoi|thoi${G}han(?:${G}(?:hoan${G}thanh|thuc${G}hien|nop|gui|bao${G}cao))?|(han)`;
const PATTERN = new RegExp(`${B}(?:${CUE})(?:${G0}:)?(?:${G}(?:la|vao|den|truoc))?${G}(?:(${DAY})${G0})?(${DATE})`, 'g');
const BARE_HAN = 1;
const DAY_WORD = 2;
const SLOT = 3;

export const latestDate: DeadlineRule = {
  name: 'deadline-latest-date',
  pattern: PATTERN,
  starts: ['cham ', 'muon ', 'khong ', 'han ', 'thoi '], // whole words: "hạn", not "hàng", "hành"
  needs: ['#'],
  extract(m, env) {
    if (m[BARE_HAN] && !m[DAY_WORD]) return null;
    const dm = readDateSlot(m[SLOT]!);
    if (!dm) return null;
    const resolved = resolveDayMonth(dm, env);
    if (!resolved) return null;
    return candidateOf(m, this.name, { ...resolved, kind: 'date', yearless: dm.year === null });
  },
};
