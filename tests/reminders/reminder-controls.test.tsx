import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReminderControls } from '../../components/reminder-controls';
import { createTranslator } from '../../lib/i18n';

afterEach(cleanup);
const t = createTranslator('vi');

describe('ReminderControls', () => {
  it('offers "Nhắc lại" 1 giờ / sáng mai / tuần sau', () => {
    const onSnooze = vi.fn();
    render(<ReminderControls t={t} snoozedUntil={null} reminder={null} onSnooze={onSnooze} onReminder={() => {}} />);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['1 giờ', 'Sáng mai', 'Tuần sau']);
    fireEvent.click(screen.getByText('Tuần sau'));
    expect(onSnooze).toHaveBeenCalledWith('week');
    expect(screen.queryByTestId('snoozed-until')).toBeNull();
  });

  it('shows a snooze still ahead', () => {
    render(<ReminderControls t={t} snoozedUntil={Date.now() + 3_600_000} reminder={null} onSnooze={() => {}} onReminder={() => {}} />);
    expect(screen.getByTestId('snoozed-until').textContent).toMatch(/^Sẽ nhắc lại lúc \d\d:\d\d \d\d\/\d\d\/\d{4}$/);
  });

  it('sets the task’s own ladder, silences it, and goes back to the defaults', () => {
    const onReminder = vi.fn();
    const { rerender } = render(<ReminderControls t={t} snoozedUntil={null} reminder={null} onSnooze={() => {}} onReminder={onReminder} />);
    const input = screen.getByPlaceholderText('7, 3, 1');
    fireEvent.input(input, { target: { value: '2, 5' } });
    fireEvent.change(input);
    expect(onReminder).toHaveBeenLastCalledWith({ days: [5, 2] });
    fireEvent.input(input, { target: { value: '99' } });
    fireEvent.change(input);
    expect(onReminder).toHaveBeenCalledTimes(1);
    rerender(<ReminderControls t={t} snoozedUntil={null} reminder={{ days: [5, 2] }} onSnooze={() => {}} onReminder={onReminder} />);
    fireEvent.click(screen.getByRole('checkbox'));
    expect(onReminder).toHaveBeenLastCalledWith({ days: [5, 2], off: true });
    fireEvent.input(input, { target: { value: '' } });
    fireEvent.change(input);
    expect(onReminder).toHaveBeenLastCalledWith(null);
  });
});
