import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HighlightedText } from '../../components/highlighted-text';
import { ReviewView } from '../../components/review-view';
import { extractDirective } from '../../lib/extract';
import { createTranslator } from '../../lib/i18n';

const text = [
  'Số: 45/UBND-KT Lạng Sơn, ngày 05 tháng 01 năm 2026',
  'V/v triển khai nhiệm vụ',
  'Kính gửi: Sở Tài chính.',
  '',
  'Chủ tịch UBND tỉnh có ý kiến như sau:',
  '',
  '1. Giao Sở Tài chính chủ trì tham mưu, báo cáo UBND tỉnh trước ngày 20/01/2026.',
  '',
  '2. Giao Sở Nội vụ rà soát biên chế <script>alert(1)</script>.',
  '',
  'Nơi nhận:',
].join('\n');

afterEach(cleanup);

describe('ReviewView', () => {
  const t = createTranslator('vi');
  it('shows the header and each task with its deadline phrase, and saves the edits', () => {
    const extraction = extractDirective(text);
    const onSave = vi.fn();
    render(<ReviewView t={t} extraction={extraction} text={text} roles={[null, null]} busy={false} onSave={onSave} onCancel={() => {}} />);
    expect(screen.getByTestId('doc-number').textContent).toBe('45/UBND-KT');
    const rows = screen.getAllByTestId('review-task');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.textContent).toContain('“trước ngày 20/01/2026”');
    // Untick the second task and rename the first.
    fireEvent.click(rows[1]!.querySelector('input[type=checkbox]')!);
    fireEvent.input(rows[0]!.querySelector('input.title')!, { target: { value: 'Báo cáo UBND tỉnh' } });
    fireEvent.click(screen.getByTestId('save'));
    expect(onSave).toHaveBeenCalledTimes(1);
    const saved = onSave.mock.calls[0]![0];
    expect(saved).toHaveLength(1);
    expect(saved[0].title).toBe('Báo cáo UBND tỉnh');
    expect(saved[0].assignees).toEqual(['Sở Tài chính']);
    expect(saved[0].deadline.date).toBe('2026-01-20');
  });

  it("names each task's page when the text came from a PDF, and no page otherwise", () => {
    const extraction = extractDirective(text);
    // Page 2 starts at the second item, as a PDF reader's page ranges would say.
    const second = text.indexOf('2. Giao Sở Nội vụ');
    const pages = [{ page: 1, start: 0, end: second }, { page: 2, start: second, end: text.length }];
    render(<ReviewView t={t} extraction={extraction} text={text} roles={[null, null]} busy={false} pages={pages} onSave={() => {}} onCancel={() => {}} />);
    expect(screen.getAllByTestId('source-page').map((el) => el.textContent)).toEqual([' · trang 1', ' · trang 2']);
    cleanup();
    render(<ReviewView t={t} extraction={extraction} text={text} roles={[null, null]} busy={false} onSave={() => {}} onCancel={() => {}} />);
    expect(screen.queryAllByTestId('source-page')).toHaveLength(0);
  });

  it('renders page text as text, never as HTML', () => {
    const extraction = extractDirective(text);
    const { container } = render(<ReviewView t={t} extraction={extraction} text={text} roles={[]} busy={false} onSave={() => {}} onCancel={() => {}} />);
    expect(container.querySelector('script')).toBeNull();
    expect(container.textContent).toContain('<script>alert(1)</script>');
  });
});

describe('HighlightedText', () => {
  it('marks the given range only', () => {
    const { container } = render(<HighlightedText text="báo cáo trước ngày 20/01" start={8} end={24} />);
    expect(container.querySelector('mark')!.textContent).toBe('trước ngày 20/01');
  });
  it('ignores a range outside the text', () => {
    const { container } = render(<HighlightedText text="abc" start={2} end={10} />);
    expect(container.querySelector('mark')).toBeNull();
  });
});
