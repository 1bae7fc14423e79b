import type { ComponentChildren } from 'preact';

/** A plain message box; `role="status"` so screen readers announce it. */
export function StatusMessage({ kind = 'info', children, testId }: { kind?: 'info' | 'error'; children: ComponentChildren; testId?: string }) {
  return (
    <div class={`status status-${kind}`} role={kind === 'error' ? 'alert' : 'status'} data-testid={testId}>
      {children}
    </div>
  );
}
