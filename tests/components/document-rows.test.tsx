import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DocumentRows } from '../../components/document-rows';
import type { InboxDoc } from '../../lib/capture';
import { createTranslator } from '../../lib/i18n';

afterEach(cleanup);

const t = createTranslator('vi');
const docs: InboxDoc[] = [
  { id: '1', number: '12/UBND-VX', subject: 'V/v <b>báo cáo</b> quý I', filesUrl: 'https://x.vn/qlvbdh/vanbanden/dsfiledinhkem?flyid=1' },
  { id: '2', number: '', subject: 'Không số', filesUrl: 'https://x.vn/qlvbdh/vanbanden/dsfiledinhkem?flyid=2' },
];

describe('DocumentRows', () => {
  it('shows each document with its number (or id) and subject as text, and "Đọc văn bản"', () => {
    render(<DocumentRows t={t} docs={docs} allowed busy={false} onRead={vi.fn()} />);
    const rows = screen.getAllByTestId('document-row');
    expect(rows.map((r) => r.getAttribute('data-id'))).toEqual(['1', '2']);
    expect(rows[0]!.querySelector('.doc-number')!.textContent).toBe('12/UBND-VX');
    expect(rows[0]!.querySelector('.doc-subject')!.textContent).toBe('V/v <b>báo cáo</b> quý I');
    expect(rows[0]!.querySelector('b')).toBeNull();
    expect(rows[1]!.querySelector('.doc-number')!.textContent).toBe('2');
    expect(screen.getAllByTestId('read-document').map((b) => b.textContent)).toEqual(['Đọc văn bản', 'Đọc văn bản']);
  });

  it('says the site must be allowed first while it is not', () => {
    render(<DocumentRows t={t} docs={docs.slice(0, 1)} allowed={false} busy={false} onRead={vi.fn()} />);
    expect(screen.getByTestId('read-document').textContent).toBe('Cho phép đọc văn bản trên trang này: Đọc văn bản');
  });

  it('reads the document clicked, and nothing while busy', () => {
    const onRead = vi.fn();
    const { rerender } = render(<DocumentRows t={t} docs={docs} allowed busy={false} onRead={onRead} />);
    fireEvent.click(screen.getAllByTestId('read-document')[1]!);
    expect(onRead).toHaveBeenCalledWith(docs[1]);
    rerender(<DocumentRows t={t} docs={docs} allowed busy onRead={onRead} />);
    expect(screen.getAllByTestId('read-document').every((b) => (b as HTMLButtonElement).disabled)).toBe(true);
  });
});
