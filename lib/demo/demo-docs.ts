import { basename } from 'node:path';
import { extractDirective } from '../extract/index';
import { loadCorpusTexts } from '../eval/corpus';

/** One document of the demo inbox, with the list metadata iOffice shows for it. */
export interface DemoDoc {
  /** Document id as iOffice's `flyid`. */
  flyid: string;
  /** Corpus file stem, e.g. `013_cv-vpcp-9768-cao-toc-vinh-hao-phan-thiet`. */
  stem: string;
  text: string;
  /** Số/ký hiệu, trích yếu, cơ quan ban hành as the engine reads them ("" when it reads none). */
  number: string;
  subject: string;
  issuer: string;
  /** Ngày đến and hạn xử lý as `dd/mm/yyyy` ("" for no deadline). */
  received: string;
  deadline: string;
  /** Độ khẩn: "Thường", "Khẩn", "Thượng khẩn" or "Hỏa tốc". */
  urgency: string;
  /** The reader's role: xử lý chính or phối hợp. */
  role: 'xlc' | 'ph';
}

/** At most this many documents and this many characters each: the demo serves a bounded corpus. */
export const MAX_DEMO_DOCS = 200;
export const MAX_DEMO_DOC_CHARS = 1_000_000;

/** Received date used when a document's own date is unknown or blank. */
const FALLBACK_RECEIVED = '2025-01-02';

/** `YYYY-MM-DD` (or `YYYY-MM`) → `dd/mm/yyyy`; "" for null. */
export function toViDate(iso: string | null): string {
  const m = iso ? /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso) : null;
  return m ? `${m[3] ?? '01'}/${m[2]}/${m[1]}` : '';
}

function addDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function urgencyOf(text: string): string {
  const head = text.slice(0, 1500).toUpperCase();
  if (head.includes('HỎA TỐC')) return 'Hỏa tốc';
  if (head.includes('THƯỢNG KHẨN')) return 'Thượng khẩn';
  if (/(^|\s)KHẨN(\s|$)/u.test(head)) return 'Khẩn';
  return 'Thường';
}

/**
 * Turns texts into demo inbox documents: the list metadata (number, subject, issuer, earliest
 * deadline) comes from running the engine on each, as the real inbox's would come from its database.
 */
export function toDemoDocs(texts: readonly { name: string; text: string }[]): DemoDoc[] {
  return texts.slice(0, MAX_DEMO_DOCS).map(({ name, text: full }, i) => {
    const text = full.slice(0, MAX_DEMO_DOC_CHARS);
    const { document, tasks } = extractDirective(text);
    const dates = tasks.map((t) => t.deadline?.date).filter((d): d is string => !!d).sort();
    const day = document.date && /^\d{4}-\d{2}-\d{2}$/.test(document.date) ? document.date : null;
    return {
      flyid: String(100_001 + i),
      stem: basename(name).replace(/\.[^.]+$/, ''),
      text,
      number: document.number ?? '',
      subject: document.subject ?? '',
      issuer: document.issuer ?? '',
      received: toViDate(day ? addDay(day) : FALLBACK_RECEIVED),
      deadline: toViDate(dates[0] ?? null),
      urgency: urgencyOf(text),
      role: i % 3 === 2 ? 'ph' : 'xlc',
    };
  });
}

/**
 * The demo documents: every `tests/corpus/docs/*.txt`, sorted by name, shown as text pages. The
 * documents served with files (PDF, DOCX, ZIP, TCVN3 text, and the scanned image-only PDF under
 * flyid 900005 for the OCR path) are made by `loadDemoContent` in demo-files.ts.
 */
export function loadDemoDocs(dir?: string): DemoDoc[] {
  return toDemoDocs(loadCorpusTexts(dir));
}
