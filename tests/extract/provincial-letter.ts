import { extractDirective } from '../../lib/extract';

/** Where a minimal provincial letter comes from: its province, its number, who it is sent to and when. */
export interface LetterFrom {
  province: string;
  number: string;
  recipients: string[];
  /** The date line's words after the place; 12/03/2025 unless given. */
  dated?: string;
}

/** A minimal công văn of a provincial People's Committee around `body`. */
export function provincialLetter(body: string, from: LetterFrom): string {
  return [
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    `TỈNH ${from.province.toUpperCase()} Độc lập - Tự do - Hạnh phúc`,
    `Số: ${from.number} ${from.province}, ${from.dated ?? 'ngày 12 tháng 3 năm 2025'}`,
    'V/v triển khai nhiệm vụ',
    '',
    'Kính gửi:',
    ...from.recipients,
    '',
    body,
    '',
    'Nơi nhận:',
    '- Như trên;',
    '- Lưu: VT.',
  ].join('\n');
}

/** Each task as its span's first words (past any item marker) and its assignees and coordinators. */
export function tasksOf(text: string): { starts: string; assignees: string[]; coordinators: string[] }[] {
  return extractDirective(text).tasks.map((t) => ({
    starts: text.slice(t.span[0], t.span[1]).replace(/\s+/g, ' ').replace(/^[-\d.)/\s]+/, '').slice(0, 30).trimEnd(),
    assignees: t.assignees,
    coordinators: t.coordinators,
  }));
}
