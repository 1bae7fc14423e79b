import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseDays } from '../../components/reminder-controls';
import { ReminderSettingsForm } from '../../components/reminder-settings-form';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';

afterEach(cleanup);

describe('ReminderSettingsForm', () => {
  it('shows the stored reminders and saves a changed ladder, time and working days', async () => {
    const save = vi.fn(async (patch: Partial<Settings>) => ({ ...DEFAULT_SETTINGS, ...patch }));
    render(<ReminderSettingsForm load={async () => DEFAULT_SETTINGS} save={save} />);
    await waitFor(() => expect((screen.getByTestId('remind-days') as HTMLInputElement).value).toBe('7, 3, 1'));
    expect(screen.getByText('Nhắc hạn')).toBeTruthy();
    fireEvent.input(screen.getByTestId('remind-days'), { target: { value: '1; 5 10' } });
    fireEvent.input(screen.getByTestId('remind-time'), { target: { value: '07:30' } });
    fireEvent.change(screen.getByTestId('remind-workingDays'), { target: { checked: true } });
    fireEvent.change(screen.getByTestId('remind-quiet'), { target: { checked: false } });
    fireEvent.submit(screen.getByTestId('reminder-settings'));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(save.mock.calls[0]![0].reminders).toEqual({
      ...DEFAULT_SETTINGS.reminders,
      days: [10, 5, 1],
      time: '07:30',
      workingDays: true,
      quietHours: null,
    });
    expect(await screen.findByRole('status')).toBeTruthy();
  });

  it('refuses a ladder step out of range without saving', async () => {
    const save = vi.fn();
    render(<ReminderSettingsForm load={async () => DEFAULT_SETTINGS} save={save} />);
    await waitFor(() => expect((screen.getByTestId('remind-days') as HTMLInputElement).value).toBe('7, 3, 1'));
    fireEvent.input(screen.getByTestId('remind-days'), { target: { value: '90' } });
    fireEvent.submit(screen.getByTestId('reminder-settings'));
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(save).not.toHaveBeenCalled();
  });

  it.each([
    ['7, 3, 1', [7, 3, 1]],
    ['1 3 3 7', [7, 3, 1]],
    ['0', null],
    ['2.5', null],
    ['x', null],
  ])('reads "%s" as %j', (text, days) => {
    expect(parseDays(text)).toEqual(days);
  });
});
