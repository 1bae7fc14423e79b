import { describe, expect, it } from 'vitest';
import { buildRecords, documentKey, matchesSearch, narrowsSearch, searchKey, searchWords, SavedDocumentSchema, SavedTaskSchema } from '../../lib/db';
import { extractDirective } from '../../lib/extract';
import { CONTEXT, extraction, NOW, task, TEXT } from './fixtures';

describe('documentKey', () => {
  const doc = extraction().document;

  it('is the number (as citationKey), date and folded issuer when the number has digits', () => {
    expect(documentKey(doc, 'ignored')).toBe('45/UBND-KT|2026-01-05|uy ban nhan dan tinh lang son');
    expect(documentKey({ ...doc, number: 'Số: 45 / UBND - KT', issuer: 'Uỷ ban nhân dân tỉnh Lạng Sơn' }, 'x')).toBe(documentKey(doc, 'y'));
    expect(documentKey({ ...doc, number: '1008-CV/BTGTU', date: null, issuer: null }, '')).toBe('1008-CV/BTGTU||');
  });

  it('tells apart the same number on another date or from another issuer', () => {
    expect(documentKey({ ...doc, date: '2027-01-05' }, '')).not.toBe(documentKey(doc, ''));
    expect(documentKey({ ...doc, issuer: 'Sở Y tế' }, '')).not.toBe(documentKey(doc, ''));
  });

  it('hashes the whitespace-collapsed text when the number has no digits', () => {
    const blank = { ...doc, number: '/QĐ-UBND' };
    const key = documentKey(blank, 'Quyết định  về\n việc A');
    expect(key).toMatch(/^text:[0-9a-f]{16}:\d+$/);
    expect(documentKey(blank, ' Quyết định về việc A ')).toBe(key);
    expect(documentKey({ ...blank, number: null }, 'Quyết định về việc B')).not.toBe(key);
  });
});

describe('searchKey and matchesSearch', () => {
  const t = { title: 'Báo cáo kết quả công tác Đảng', assignees: ['Sở TT&TT'], coordinators: ['Sở Thông tin và Truyền thông'] };
  const search = searchKey(t, '1008-CV/BTGTU');

  it.each([
    'so tt', 'SỞ TT&TT', 'tt&tt', 'tttt', 'STTTT', 'dang', 'Đảng', 'ĐẢNG', 'bao cao dang', '1008', '1008-CV', 'btgtu', 'thong tin', '',
  ])('finds %j', (query) => {
    expect(matchesSearch({ search }, query)).toBe(true);
  });

  it.each(['so y te', '1009', 'dang vien', 'ke hoach'])('does not find %j', (query) => {
    expect(matchesSearch({ search }, query)).toBe(false);
  });

  it('splits a query into folded words, "&" dropped', () => {
    expect(searchWords('  Sở TT&TT  Đảng ')).toEqual(['so', 'tttt', 'dang']);
    expect(searchWords(' & ')).toEqual([]);
  });

  it.each([
    ['so', 'so t', true],
    ['so t', 'so tt', true],
    ['tt so', 'so ttt', true],
    ['', 'so', true],
    ['so tt', 'so', false],
    ['so tt', 'so t', false],
    ['giao', 'dao', false],
  ])('%j → %j narrows the search: %s', (previous, query, narrows) => {
    expect(narrowsSearch(previous, query)).toBe(narrows);
  });
});

describe('buildRecords', () => {
  it('turns an extraction into valid records', () => {
    const { document, tasks, citations } = buildRecords(extraction(), CONTEXT);
    expect(SavedDocumentSchema.safeParse(document).success).toBe(true);
    expect(document).toMatchObject({
      key: '45/UBND-KT|2026-01-05|uy ban nhan dan tinh lang son', number: '45/UBND-KT', url: CONTEXT.url, pageTitle: 'Công văn 45',
      capturedAt: NOW, recipients: ['Sở Thông tin và Truyền thông', 'Sở Y tế'],
    });
    expect(tasks).toHaveLength(2);
    for (const t of tasks) expect(SavedTaskSchema.safeParse({ ...t, documentId: 1 }).success).toBe(true);
    expect(tasks[0]).toMatchObject({
      title: 'Triển khai ứng dụng',
      source: 'Giao Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Y tế triển khai trước ngày 15/01/2026.',
      due: '2026-01-15', dueTime: null, deadlineText: 'trước ngày 15/01/2026', dueImplied: false, recurrence: null,
      done: 0, doneAt: null, createdAt: NOW, updatedAt: NOW, tags: ['assign-cue'],
    });
    expect(matchesSearch(tasks[0]!, '45/ubnd')).toBe(true);
    expect(tasks[1]).toMatchObject({ due: null, deadlineText: 'thường xuyên', source: 'Các sở, ban, ngành tổ chức tuyên truyền thường xuyên.' });
    // One citation per number: "02 - KH/TU" is "02-KH/TU".
    expect(citations.map((c) => c.key)).toEqual(['02-KH/TU', '13/2023/ND-CP']);
  });

  it('maps the deadline: implied date, time, recurrence', () => {
    const deadline = { date: '2026-01-31', time: '15:00', text: 'hằng tháng', recurrence: 'monthly' as const, stated: false, kind: 'recurring' as const, span: [0, 0] as [number, number] };
    const [t] = buildRecords(extraction({}, [task({ deadline })]), CONTEXT).tasks;
    expect(t).toMatchObject({ due: '2026-01-31', dueTime: '15:00', dueImplied: true, recurrence: 'monthly', deadlineText: 'hằng tháng' });
  });

  it('falls back to the action for a blank title, and keeps no non-http url', () => {
    const records = buildRecords(extraction({}, [task({ title: '  ' })]), { ...CONTEXT, url: 'file:///C:/cv.pdf' });
    expect(records.tasks[0]!.title).toBe('Giao Sở Thông tin và Truyền thông chủ trì triển khai.');
    expect(records.document.url).toBeNull();
    expect(buildRecords(extraction(), { ...CONTEXT, url: 'javascript:alert(1)' }).document.url).toBeNull();
  });

  it('shows a table row\'s cells as its source, empty cells left out', () => {
    const text = 'UBND tỉnh ban hành Kế hoạch như sau:\n| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n| 1 | Số hóa hồ sơ | Sở Nội vụ |  | Tháng 9/2026 |\n| 2 | Rà soát thủ tục | Sở Tư pháp |  | Quý II/2026 |';
    const records = buildRecords(extractDirective(text), { ...CONTEXT, text });
    expect(records.tasks.map((t) => t.source)).toEqual(['Số hóa hồ sơ · Sở Nội vụ · Tháng 9/2026', 'Rà soát thủ tục · Sở Tư pháp · Quý II/2026']);
  });

  it('builds valid records from a real extraction', () => {
    const text = [
      'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'TỈNH LẠNG SƠN Độc lập - Tự do - Hạnh phúc',
      'Số: 45/UBND-KT Lạng Sơn, ngày 05 tháng 01 năm 2026',
      'V/v triển khai Kế hoạch số 02-KH/TU ngày 13/11/2025 của Tỉnh ủy',
      '',
      'Kính gửi:',
      '- Sở Thông tin và Truyền thông;',
      '- Sở Y tế.',
      '',
      '1. Giao Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Y tế triển khai, báo cáo trước ngày 15/01/2026.',
      '',
      '2. Các sở, ban, ngành tổ chức tuyên truyền thường xuyên.',
      '',
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT.',
    ].join('\n');
    const records = buildRecords(extractDirective(text), { ...CONTEXT, text });
    expect(records.document.key).toMatch(/^45\/UBND-KT\|2026-01-05\|/);
    expect(records.tasks.length).toBeGreaterThan(0);
    for (const t of records.tasks) {
      expect(SavedTaskSchema.safeParse({ ...t, documentId: 1 }).success).toBe(true);
      expect(text.replace(/\s+/g, ' ')).toContain(t.source);
    }
    expect(records.citations.map((c) => c.key)).toContain('02-KH/TU');
  });
});
