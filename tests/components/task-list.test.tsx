import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ROW_HEIGHT, TaskList, toRows, type ListTask } from '../../components/task-list';
import { createTranslator } from '../../lib/i18n';

afterEach(cleanup);

const task = (id: number, patch: Partial<ListTask> = {}): ListTask => ({
  id,
  title: `Việc ${id}`,
  due: '2026-01-20',
  dueTime: null,
  done: false,
  documentNumber: '45/UBND-KT',
  assignees: ['Sở Tài chính'],
  role: null,
  ...patch,
});

describe('TaskList', () => {
  const t = createTranslator('vi');
  it('shows group headers with counts and lets a task be marked done', () => {
    const onToggle = vi.fn();
    const rows = toRows([
      ['overdue', [task(1)]],
      ['today', []],
      ['done', [task(2, { done: true })]],
    ]);
    render(<TaskList t={t} rows={rows} onToggle={onToggle} onOpen={() => {}} />);
    expect(screen.getByTestId('group-overdue').textContent).toBe('Quá hạn 1');
    expect(screen.queryByTestId('group-today')).toBeNull();
    expect(screen.getByTestId('group-done').textContent).toBe('Đã xong 1');
    fireEvent.click(screen.getAllByTestId('task-done')[0]!);
    expect(onToggle).toHaveBeenCalledWith(1, true);
  });

  it('renders only the rows in view for 10,000 tasks', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => task(i + 1));
    render(<TaskList t={t} rows={toRows([['later', many]])} onToggle={() => {}} onOpen={() => {}} />);
    const rendered = screen.getAllByTestId('task-row').length;
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(100);
    const spacer = screen.getByTestId('task-list').firstElementChild as HTMLElement;
    expect(spacer.style.height).toBe(`${10_001 * ROW_HEIGHT}px`);
  });
});
