import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OcrOffer, type OcrOfferProps } from '../../components/ocr-offer';
import { createTranslator } from '../../lib/i18n';
import type { OcrProgress, OcrResult } from '../../lib/read/files/ocr';

afterEach(cleanup);

const t = createTranslator('vi');

/** A run the test drives: it reports progress and settles when told. */
function controlledRun() {
  let settle!: (result: OcrResult) => void;
  let report!: (progress: OcrProgress) => void;
  let signal!: AbortSignal;
  const run = vi.fn<OcrOfferProps['run']>((options) => {
    report = options.onProgress;
    signal = options.signal;
    return new Promise<OcrResult>((resolve) => {
      settle = resolve;
    });
  });
  return { run, settle: (r: OcrResult) => settle(r), report: (p: OcrProgress) => report(p), signal: () => signal };
}

describe('OcrOffer', () => {
  it('says the file is a scan and offers OCR on this computer, with an honest note', () => {
    render(<OcrOffer t={t} name="cv-45.pdf" run={vi.fn()} onText={vi.fn()} />);
    expect(screen.getByTestId('ocr-scanned').textContent).toBe('cv-45.pdf: Tệp này là bản scan (ảnh chụp văn bản), gần như không có lớp chữ nên chưa đọc được nội dung.');
    expect(screen.getByTestId('ocr-run').textContent).toBe('Nhận dạng chữ trên máy (OCR)');
    expect(screen.getByTestId('ocr-offer').textContent).toMatch(/giây mỗi trang.*chỉ được xử lý trên máy tính này/u);
  });

  it('shows the page being read, then hands the text on', async () => {
    const { run, settle, report } = controlledRun();
    const onText = vi.fn();
    const onRunning = vi.fn();
    render(<OcrOffer t={t} name="scan.pdf" run={run} onText={onText} onRunning={onRunning} />);
    fireEvent.click(screen.getByTestId('ocr-run'));
    expect(screen.getByTestId('ocr-progress').textContent).toBe('Đang nạp bộ nhận dạng chữ…');
    expect(onRunning).toHaveBeenLastCalledWith(true);
    act(() => report({ page: 2, pages: 3, progress: 0.5, status: 'recognizing' }));
    expect(screen.getByTestId('ocr-progress').textContent).toBe('Đang nhận dạng trang 2/3…');
    expect(screen.queryByTestId('ocr-run')).toBeNull();
    await act(async () => settle({ ok: true, text: 'Số: 45/UBND-KT', pages: [{ page: 1, start: 0, end: 14 }] }));
    expect(onText).toHaveBeenCalledWith('Số: 45/UBND-KT', [{ page: 1, start: 0, end: 14 }]);
    expect(onRunning).toHaveBeenLastCalledWith(false);
  });

  it('stops on request, says nothing was saved, and can run again', async () => {
    const { run, settle, signal } = controlledRun();
    const onText = vi.fn();
    render(<OcrOffer t={t} name="scan.pdf" run={run} onText={onText} />);
    fireEvent.click(screen.getByTestId('ocr-run'));
    fireEvent.click(screen.getByTestId('ocr-stop'));
    expect(signal().aborted).toBe(true);
    await act(async () => settle({ ok: false, reason: 'cancelled', message: 'Đã dừng' }));
    expect(screen.getByTestId('ocr-stopped').textContent).toBe('Đã dừng nhận dạng chữ; chưa lưu gì.');
    expect(onText).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('ocr-run'));
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('shows a failure in plain words and hands nothing on', async () => {
    const { run, settle } = controlledRun();
    const onText = vi.fn();
    render(<OcrOffer t={t} name="scan.pdf" run={run} onText={onText} />);
    fireEvent.click(screen.getByTestId('ocr-run'));
    await act(async () => settle({ ok: false, reason: 'too-many-pages', message: 'Tệp scan có 40 trang: chỉ nhận dạng chữ (OCR) được tối đa 30 trang trên máy.' }));
    expect(screen.getByTestId('ocr-error').textContent).toContain('tối đa 30 trang');
    expect(onText).not.toHaveBeenCalled();
    expect(screen.getByTestId('ocr-run')).toBeTruthy();
  });

  it('stops a running OCR when it is closed', async () => {
    const { run, signal } = controlledRun();
    const { unmount } = render(<OcrOffer t={t} name="scan.pdf" run={run} onText={vi.fn()} />);
    fireEvent.click(screen.getByTestId('ocr-run'));
    unmount();
    await waitFor(() => expect(signal().aborted).toBe(true));
  });
});
