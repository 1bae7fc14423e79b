import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { formatDate, type MessageKey, type Translate } from '../lib/i18n';

export type GroupName = 'overdue' | 'today' | 'week' | 'later' | 'none' | 'done';

/** A task as the list shows it. */
export interface ListTask {
  id: number;
  title: string;
  due: string | null;
  dueTime: string | null;
  done: boolean;
  documentNumber: string | null;
  assignees: string[];
  role: 'chu-tri' | 'phoi-hop' | null;
}

export type ListRow = { kind: 'group'; group: GroupName; count: number } | { kind: 'task'; task: ListTask; group: GroupName };

const GROUP_LABEL: Record<GroupName, MessageKey> = {
  overdue: 'groupOverdue',
  today: 'groupToday',
  week: 'groupWeek',
  later: 'groupLater',
  none: 'groupNone',
  done: 'groupDone',
};

/** Height of every row, so only the rows in view are rendered (10,000 tasks stay fast). */
export const ROW_HEIGHT = 56;
const OVERSCAN = 8;

/** Flattens groups into rows: a header, then its tasks. */
export function toRows(groups: [GroupName, ListTask[]][]): ListRow[] {
  const rows: ListRow[] = [];
  for (const [group, tasks] of groups) {
    if (tasks.length === 0) continue;
    rows.push({ kind: 'group', group, count: tasks.length });
    for (const task of tasks) rows.push({ kind: 'task', task, group });
  }
  return rows;
}

export interface TaskListProps {
  t: Translate;
  rows: ListRow[];
  onToggle: (id: number, done: boolean) => void;
  onOpen: (id: number) => void;
}

/** The grouped, virtualised task list. */
export function TaskList({ t, rows, onToggle, onOpen }: TaskListProps) {
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setHeight(el.clientHeight || 600);
    measure();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(el);
    return () => observer?.disconnect();
  }, []);
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  const visible = rows.slice(first, last);

  return (
    <div class="task-list" data-testid="task-list" ref={box} onScroll={(e) => setScrollTop((e.target as HTMLDivElement).scrollTop)} role="list">
      <div style={{ height: `${rows.length * ROW_HEIGHT}px`, position: 'relative' }}>
        {visible.map((row, i) => {
          const top = (first + i) * ROW_HEIGHT;
          if (row.kind === 'group') {
            return (
              <h3 class={`group-header group-${row.group}`} data-testid={`group-${row.group}`} key={`g-${row.group}`} style={{ top: `${top}px` }}>
                {t(GROUP_LABEL[row.group])} <span class="count">{row.count}</span>
              </h3>
            );
          }
          const task = row.task;
          return (
            <div class={`task-row${task.done ? ' done' : ''}`} data-testid="task-row" data-group={row.group} role="listitem" key={task.id} style={{ top: `${top}px` }}>
              <input
                type="checkbox"
                data-testid="task-done"
                checked={task.done}
                aria-label={task.done ? t('markOpen') : t('markDone')}
                onChange={(e) => onToggle(task.id, (e.target as HTMLInputElement).checked)}
              />
              <button type="button" class="task-open" onClick={() => onOpen(task.id)}>
                <span class="task-title">{task.title}</span>
                <span class="task-meta">
                  {task.due ? formatDate(task.due) + (task.dueTime ? ` ${task.dueTime}` : '') : t('noDeadline')}
                  {task.documentNumber ? ` · ${task.documentNumber}` : ''}
                  {task.assignees.length ? ` · ${task.assignees.join('; ')}` : ''}
                  {task.role ? ` · ${t(task.role === 'chu-tri' ? 'roleLead' : 'roleSupport')}` : ''}
                </span>
              </button>
            </div>
          );
        })}
      </div>
    </div>
  );
}
