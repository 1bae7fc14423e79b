import { createDatabase, type NhacViecDatabase } from '../../lib/db';
import type { Extraction, Task } from '../../lib/extract/schema';

let counter = 0;

/** A fresh database with a unique name (fake-indexeddb keeps every database of the test file). */
export function freshDatabase(): NhacViecDatabase {
  counter += 1;
  return createDatabase(`test-${Date.now()}-${counter}`);
}

/** Fixed capture time: 2026-01-05T08:00:00Z. */
export const NOW = Date.UTC(2026, 0, 5, 8);

/** A directive's text with the sentence of each task of `EXTRACTION` at its span. */
export const TEXT = [
  'UBND TỈNH LẠNG SƠN\nSố: 45/UBND-KT',
  'Giao Sở Thông tin và Truyền thông chủ trì,   phối hợp\n với Sở Y tế triển khai trước ngày 15/01/2026.',
  'Các sở, ban, ngành tổ chức tuyên truyền thường xuyên.',
].join('\n');

const spanOf = (part: string): [number, number] => {
  const start = TEXT.indexOf(part);
  return [start, start + part.length];
};

export function task(overrides: Partial<Task> = {}): Task {
  return {
    title: 'Triển khai ứng dụng',
    action: 'Giao Sở Thông tin và Truyền thông chủ trì triển khai.',
    assignees: ['Sở Thông tin và Truyền thông'],
    coordinators: ['Sở Y tế'],
    deadline: { date: '2026-01-15', time: null, text: 'trước ngày 15/01/2026', recurrence: null, stated: true, kind: 'date', span: [0, 0] },
    span: spanOf('Giao Sở Thông tin và Truyền thông chủ trì,   phối hợp\n với Sở Y tế triển khai trước ngày 15/01/2026.'),
    tags: ['assign-cue'],
    ...overrides,
  };
}

/** A hand-made extraction of `TEXT`. */
export function extraction(overrides: Partial<Extraction['document']> = {}, tasks?: Task[]): Extraction {
  return {
    document: {
      kind: 'Công văn', number: '45/UBND-KT', date: '2026-01-05', place: 'Lạng Sơn', issuer: 'Ủy ban nhân dân tỉnh Lạng Sơn',
      subject: 'triển khai nhiệm vụ', recipients: ['Sở Thông tin và Truyền thông', 'Sở Y tế'], signer: 'Nguyễn Văn A',
      signerTitle: ['KT. CHỦ TỊCH'], authority: 'KT', system: 'state',
      ...overrides,
    },
    citations: [
      { kind: 'Kế hoạch', number: '02-KH/TU', date: '2025-11-13', issuer: 'Tỉnh ủy Lạng Sơn', span: [0, 5] },
      { kind: 'Kế hoạch', number: '02 - KH/TU', date: '2025-11-13', issuer: null, span: [6, 9] },
      { kind: 'Nghị định', number: '13/2023/NĐ-CP', date: null, issuer: 'Chính phủ', span: [10, 15] },
    ],
    tasks: tasks ?? [
      task(),
      task({
        title: 'Tổ chức tuyên truyền',
        action: 'Các sở, ban, ngành tổ chức tuyên truyền thường xuyên.',
        assignees: ['Các sở, ban, ngành'],
        coordinators: [],
        deadline: { date: null, time: null, text: 'thường xuyên', recurrence: null, stated: true, kind: 'continuous', span: [0, 0] },
        span: spanOf('Các sở, ban, ngành tổ chức tuyên truyền thường xuyên.'),
      }),
    ],
  };
}

export const CONTEXT = { url: 'https://example.gov.vn/van-ban/45', pageTitle: 'Công văn 45', text: TEXT, now: NOW };
