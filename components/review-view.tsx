import { useState } from 'preact/hooks';
import type { Extraction, Task } from '../lib/extract/schema';
import { formatDate, type Translate } from '../lib/i18n';
import type { PageRange } from '../lib/read/files/types';
import { HighlightedText } from './highlighted-text';

/** One proposed task as the official edits it before saving. */
export interface ProposedTask {
  index: number;
  selected: boolean;
  title: string;
  due: string | null;
  assignees: string;
}

export interface ReviewProps {
  t: Translate;
  extraction: Extraction;
  /** The text the extraction ran on (spans point into it). */
  text: string;
  /** Role of the official's unit in each task, when a unit is set. */
  roles: ('chu-tri' | 'phoi-hop' | null)[];
  busy: boolean;
  /** The text was recognised from a scan (OCR): the review says to check it. */
  ocr?: boolean;
  /** Page ranges of `text` when it came from a PDF: each task's source names its page. */
  pages?: readonly PageRange[];
  onSave: (tasks: Task[]) => void;
  onCancel: () => void;
}

/** Applies the official's edits to the extracted tasks they kept. */
export function applyEdits(tasks: Task[], proposed: ProposedTask[]): Task[] {
  return proposed
    .filter((p) => p.selected)
    .map((p) => {
      const task = tasks[p.index]!;
      const assignees = p.assignees.split(/[;\n]/).map((s) => s.trim()).filter(Boolean);
      const deadline =
        p.due === (task.deadline?.date ?? null)
          ? task.deadline
          : p.due
            ? { ...(task.deadline ?? { time: null, text: '', recurrence: null, kind: 'date' as const, span: task.span }), date: p.due, stated: true }
            : task.deadline
              ? { ...task.deadline, date: null }
              : null;
      return { ...task, title: p.title.trim() || task.title, assignees, deadline };
    });
}

/** The review of a captured directive: header, proposed tasks with their source, cited documents. */
/** The 1-based page holding `offset`, or null without page ranges. */
export function pageAt(pages: readonly PageRange[] | undefined, offset: number): number | null {
  if (!pages) return null;
  for (const range of pages) if (offset >= range.start && offset < range.end) return range.page;
  return null;
}

export function ReviewView({ t, extraction, text, roles, busy, ocr = false, pages, onSave, onCancel }: ReviewProps) {
  const { document: doc, tasks, citations } = extraction;
  const [proposed, setProposed] = useState<ProposedTask[]>(() =>
    tasks.map((task, index) => ({ index, selected: true, title: task.title, due: task.deadline?.date ?? null, assignees: task.assignees.join('; ') })),
  );
  const update = (index: number, patch: Partial<ProposedTask>) =>
    setProposed((list) => list.map((p) => (p.index === index ? { ...p, ...patch } : p)));
  const selectedCount = proposed.filter((p) => p.selected).length;

  return (
    <section class="review" data-testid="review" aria-label={t('review')}>
      <h2>{t('review')}</h2>
      {ocr && (
        <p class="ocr-flag" role="note" data-testid="ocr-flag">
          {t('ocrFlag')}
        </p>
      )}
      <dl class="doc-header">
        <dt>{t('document')}</dt>
        <dd>{doc.kind ?? t('unknown')}</dd>
        <dt>{t('number')}</dt>
        <dd data-testid="doc-number">{doc.number ?? t('unknown')}</dd>
        <dt>{t('date')}</dt>
        <dd>{doc.date ? formatDate(doc.date) : t('unknown')}</dd>
        <dt>{t('issuer')}</dt>
        <dd>{doc.issuer ?? t('unknown')}</dd>
        <dt>{t('subject')}</dt>
        <dd>{doc.subject ?? t('unknown')}</dd>
      </dl>

      <h3>
        {t('proposedTasks')} ({tasks.length})
      </h3>
      {tasks.length === 0 && <p>{t('noTasks')}</p>}
      <ol class="proposed">
        {tasks.map((task, index) => {
          const p = proposed[index]!;
          const source = text.slice(task.span[0], task.span[1]);
          const dl = task.deadline;
          const mark = dl && dl.span[0] >= task.span[0] && dl.span[1] <= task.span[1] ? [dl.span[0] - task.span[0], dl.span[1] - task.span[0]] : null;
          const role = roles[index];
          const page = pageAt(pages, task.span[0]);
          return (
            <li class={`proposed-task${p.selected ? '' : ' unselected'}`} data-testid="review-task" key={index}>
              <label class="keep">
                <input type="checkbox" checked={p.selected} onChange={(e) => update(index, { selected: (e.target as HTMLInputElement).checked })} />
                <span class="sr-only">{p.title}</span>
              </label>
              <div class="fields">
                <input class="title" aria-label={t('title')} value={p.title} onInput={(e) => update(index, { title: (e.target as HTMLInputElement).value })} />
                <label>
                  {t('assignees')}
                  {role && <span class={`role role-${role}`}> ({t(role === 'chu-tri' ? 'roleLead' : 'roleSupport')})</span>}
                  <input value={p.assignees} onInput={(e) => update(index, { assignees: (e.target as HTMLInputElement).value })} />
                </label>
                {task.coordinators.length > 0 && (
                  <p class="coordinators">
                    {t('coordinators')}: {task.coordinators.join('; ')}
                  </p>
                )}
                <label>
                  {t('deadline')}
                  <input type="date" value={p.due ?? ''} onInput={(e) => update(index, { due: (e.target as HTMLInputElement).value || null })} />
                </label>
                {dl && (
                  <p class="deadline-phrase">
                    “{dl.text}”{dl.date && !dl.stated ? ` (${t('implied')})` : ''}
                    {dl.recurrence ? ` · ${t('recurring')}` : ''}
                    {dl.time ? ` · ${dl.time}` : ''}
                  </p>
                )}
                <details>
                  <summary>
                    {t('source')}
                    {page !== null && <span data-testid="source-page"> · {t('page')} {page}</span>}
                  </summary>
                  <p class="source">
                    <HighlightedText text={source} start={mark?.[0]} end={mark?.[1]} />
                  </p>
                </details>
              </div>
            </li>
          );
        })}
      </ol>

      {citations.length > 0 && (
        <>
          <h3>
            {t('citations')} ({citations.length})
          </h3>
          <ul class="citations">
            {citations.map((c) => (
              <li key={c.number}>
                {[c.kind, c.number, c.date ? formatDate(c.date) : null, c.issuer].filter(Boolean).join(' · ')}
              </li>
            ))}
          </ul>
        </>
      )}

      <div class="actions">
        <button type="button" class="primary" data-testid="save" disabled={busy || selectedCount === 0} onClick={() => onSave(applyEdits(tasks, proposed))}>
          {busy ? t('saving') : `${t('save')} (${selectedCount})`}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('cancel')}
        </button>
      </div>
    </section>
  );
}
