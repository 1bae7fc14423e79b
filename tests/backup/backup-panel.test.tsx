import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackupPanel } from '../../components/backup-panel';
import type { BackupActions } from '../../lib/export/backup-actions';
import { DEFAULT_REMINDER_SETTINGS } from '../../lib/reminders/reminder-settings';

afterEach(cleanup);

const file = { name: 'x.ics', type: 'text/calendar', text: 'BEGIN:VCALENDAR' };

function fakeActions(overrides: Partial<BackupActions> = {}): BackupActions {
  return {
    exportIcs: vi.fn(async () => ({ file, count: 3, skipped: 1 })),
    exportCsv: vi.fn(async () => ({ file: { ...file, name: 'x.csv' }, count: 0, skipped: 0 })),
    backup: vi.fn(async () => ({ file: { ...file, name: 'x.json' }, count: 5 })),
    restore: vi.fn(async () => ({ ok: true as const, summary: { documents: 1, restored: 4, updated: 2, skipped: 3, citations: 0 } })),
    download: vi.fn(),
    ...overrides,
  };
}

const status = () => waitFor(() => screen.getByTestId('backup-status').textContent);

function chooseFile(name: string) {
  const input = screen.getByTestId('restore-input') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File(['{}'], name)], configurable: true });
  fireEvent.change(input);
}

describe('BackupPanel', () => {
  it('exports the calendar as chosen, with the reminder ladder, downloads it and says what was left out', async () => {
    const actions = fakeActions();
    render(<BackupPanel language="vi" actions={actions} reminders={DEFAULT_REMINDER_SETTINGS} />);
    fireEvent.change(screen.getByTestId('ics-kind'), { target: { value: 'VTODO' } });
    fireEvent.click(screen.getByTestId('include-done'));
    fireEvent.click(screen.getByTestId('export-ics'));
    expect(await status()).toBe('Đã xuất 3 việc. Bỏ qua 1 việc không có hạn (sự kiện lịch cần có ngày).');
    expect(actions.exportIcs).toHaveBeenCalledWith({ component: 'VTODO', includeDone: true, language: 'vi', reminders: DEFAULT_REMINDER_SETTINGS });
    expect(actions.download).toHaveBeenCalledWith(file);
  });

  it('downloads nothing when there is nothing to export', async () => {
    const actions = fakeActions();
    render(<BackupPanel language="en" actions={actions} />);
    fireEvent.click(screen.getByTestId('export-csv'));
    await waitFor(() => expect(screen.getByTestId('backup-status').textContent).toBe('There are no tasks to export yet.'));
    expect(actions.download).not.toHaveBeenCalled();
  });

  it('backs up and says how many tasks the file holds', async () => {
    const actions = fakeActions();
    render(<BackupPanel language="vi" actions={actions} />);
    fireEvent.click(screen.getByTestId('backup-json'));
    await waitFor(() => expect(screen.getByTestId('backup-status').textContent).toBe('Đã sao lưu 5 việc.'));
    expect(actions.download).toHaveBeenCalledWith(expect.objectContaining({ name: 'x.json' }));
  });

  it.each([
    [{ ok: true as const, summary: { documents: 1, restored: 4, updated: 2, skipped: 3, citations: 0 } }, 'Đã khôi phục 4 việc, bỏ qua 3 việc đã có. Cập nhật 2 việc theo bản mới hơn trong tệp.', 'status'],
    [{ ok: true as const, summary: { documents: 0, restored: 0, updated: 0, skipped: 7, citations: 0 } }, 'Đã khôi phục 0 việc, bỏ qua 7 việc đã có.', 'status'],
    [{ ok: false as const, problem: 'foreign' as const, detail: '' }, 'Tệp không phải bản sao lưu của Nhắc Việc. Dữ liệu hiện có không thay đổi.', 'alert'],
    [{ ok: false as const, problem: 'corrupt' as const, detail: 'tasks[2].due: Invalid' }, 'Tệp hỏng, không khôi phục được: tasks[2].due: Invalid Dữ liệu hiện có không thay đổi.', 'alert'],
    [{ ok: false as const, problem: 'too-large' as const, detail: '' }, 'Tệp quá lớn (tối đa 50 MB). Dữ liệu hiện có không thay đổi.', 'alert'],
  ])('restores a chosen file and reports %j', async (outcome, text, role) => {
    const actions = fakeActions({ restore: vi.fn(async () => outcome) });
    render(<BackupPanel language="vi" actions={actions} />);
    chooseFile('sao-luu.json');
    await waitFor(() => expect(screen.getByTestId('backup-status').textContent).toBe(text));
    expect(screen.getByTestId('backup-status').getAttribute('role')).toBe(role);
    expect(vi.mocked(actions.restore).mock.calls[0]![0].name).toBe('sao-luu.json');
  });

  it('shows an export that fails as an error', async () => {
    render(<BackupPanel language="vi" actions={fakeActions({ exportIcs: vi.fn(async () => Promise.reject(new Error('hỏng'))) })} />);
    fireEvent.click(screen.getByTestId('export-ics'));
    await waitFor(() => expect(screen.getByTestId('backup-status').textContent).toBe('Không xuất được: hỏng'));
  });
});
