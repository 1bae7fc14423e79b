import type { Citation, Deadline, DirectiveDocument, Extraction, Recurrence, Task } from '../extract/schema';

const RECURRENCE_LABELS: Record<Recurrence, string> = {
  daily: 'hằng ngày',
  weekly: 'hằng tuần',
  monthly: 'hằng tháng',
  quarterly: 'hằng quý',
  'half-yearly': 'định kỳ 6 tháng',
  yearly: 'hằng năm',
};

const MISSING = '(không rõ)';

/** `2025-10-15` → `15/10/2025`; `2025-10` (day left blank) → `tháng 10/2025`. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return day ? `${day}/${month}/${year}` : `tháng ${month}/${year}`;
}

/**
 * A readable Vietnamese summary of an extraction: the document's header, the documents it cites
 * and the tasks with their assignees and deadlines. Dates the text only implied are marked "(suy ra)".
 */
export function formatSummary(extraction: Extraction): string {
  return [
    formatDocument(extraction.document),
    formatList('Văn bản được dẫn', extraction.citations, formatCitation),
    formatList('Việc cần làm', extraction.tasks, formatTask),
  ].join('\n\n');
}

function formatDocument(doc: DirectiveDocument): string {
  const signer = doc.signer ? doc.signer + (doc.signerTitle.length ? ` (${doc.signerTitle.join(' / ')})` : '') : null;
  const rows: [string, string | null][] = [
    ['Loại', doc.kind],
    ['Số', doc.number],
    ['Ngày', doc.date ? formatDate(doc.date) : null],
    ['Cơ quan ban hành', doc.issuer],
    ['Trích yếu', doc.subject],
    ['Người ký', signer],
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  return ['Văn bản', ...rows.map(([label, value]) => `  ${`${label}:`.padEnd(width)}${oneLine(value) || MISSING}`)].join('\n');
}

function formatList<T>(heading: string, items: readonly T[], formatItem: (item: T) => string[]): string {
  if (items.length === 0) return `${heading}: không có`;
  const lines = [`${heading} (${items.length})`];
  items.forEach((item, i) => {
    const [first = '', ...rest] = formatItem(item);
    const label = `  ${i + 1}. `;
    lines.push(label + first, ...rest.map((line) => ' '.repeat(label.length) + line));
  });
  return lines.join('\n');
}

function formatCitation(citation: Citation): string[] {
  const parts = [citation.kind ? `${citation.kind} số ${citation.number}` : `Văn bản số ${citation.number}`];
  if (citation.date) parts.push(`ngày ${formatDate(citation.date)}`);
  if (citation.issuer) parts.push(`của ${oneLine(citation.issuer)}`);
  return [parts.join(' ')];
}

function formatTask(task: Task): string[] {
  const lines = [oneLine(task.title) || truncate(oneLine(task.action), 120) || MISSING];
  lines.push(`Chủ trì: ${task.assignees.length ? task.assignees.map(oneLine).join('; ') : MISSING}`);
  if (task.coordinators.length) lines.push(`Phối hợp: ${task.coordinators.map(oneLine).join('; ')}`);
  lines.push(`Thời hạn: ${task.deadline ? formatDeadline(task.deadline) : 'không nêu'}`);
  return lines;
}

/** `"trước ngày 30/4" → 30/04/2025 (suy ra)`, with time, recurrence and other defensible dates. */
export function formatDeadline(deadline: Deadline): string {
  const phrase = `"${oneLine(deadline.text)}"`;
  if (!deadline.date) return `${phrase} (không có ngày cụ thể)`;
  let out = `${phrase} → ${formatDate(deadline.date)}`;
  if (deadline.time) out += ` lúc ${deadline.time}`;
  if (!deadline.stated) out += ' (suy ra)';
  if (deadline.recurrence) out += `, lặp lại ${RECURRENCE_LABELS[deadline.recurrence]}`;
  const also = (deadline.also ?? []).filter((date): date is string => date !== null && date !== deadline.date);
  if (also.length) out += `; cũng có thể: ${also.map(formatDate).join(', ')}`;
  return out;
}

function oneLine(value: string | null): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

function truncate(value: string, max: number): string {
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}
