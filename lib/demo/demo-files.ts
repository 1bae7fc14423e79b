import { zipSync } from 'fflate';
import { layoutDirective } from '../fixtures/directive-layout';
import { makeDirectivePdf } from '../fixtures/directive-pdf';
import { makeDocx } from '../fixtures/docx';
import { makeScannedPdf } from '../fixtures/scanned-pdf';
import { tcvn3Bytes } from '../fixtures/tcvn3-encode';
import { loadDemoDocs, type DemoDoc } from './demo-docs';
import { demoPlan, demoPlanWorkbook, demoPlanWorkbookDoc } from './demo-plan';

/** A file attached to a demo document, as iOffice stores it. */
export interface DemoFile {
  /** Stored path on the server (what the attachment list gives and the download asks for). */
  path: string;
  /** File name shown to the user. */
  name: string;
  bytes: Uint8Array;
  type: string;
  /** The submission slip that travels with the directive, not the directive itself. */
  phieuTrinh: boolean;
}

/** The kinds of attachment the demo inbox serves, one document each. */
export type DemoFileKind = 'pdf' | 'docx' | 'zip' | 'tcvn3' | 'scan' | 'plan' | 'xlsx';

/**
 * The documents served with files instead of text, each a copy of a corpus directive under a
 * stable `flyid` of its own (the corpus documents keep theirs and their text pages).
 * `scan` (flyid 900005) is the image-only PDF kept for the on-device OCR path and its browser test.
 * `plan` (flyid 900006) and `xlsx` (900007) are not from the corpus: a plan whose duties are in a
 * table, as a PDF and as an Excel workbook (demo-plan.ts).
 */
export const DEMO_FILE_DOCS: readonly { kind: DemoFileKind; flyid: string; stem: string }[] = [
  // A signed-style text PDF, listed after its phiếu trình: the reader must pass the slip over.
  { kind: 'pdf', flyid: '900001', stem: '044_cd-ttg-188-mua-lu-sau-bao-11-bao-cao-hang-ngay' },
  { kind: 'docx', flyid: '900002', stem: '025_nq-cp-322-luat-cong-nghiep-quoc-phong' },
  // A ZIP as iOffice makes when several files are downloaded together: a phiếu trình beside the directive.
  { kind: 'zip', flyid: '900003', stem: '009_cd-ttg-196-bao-so-11-giao-duc' },
  { kind: 'tcvn3', flyid: '900004', stem: '026_cv-ubnd-huyen-chauthanh-haugiang-476-sot-xuat-huyet' },
  { kind: 'scan', flyid: '900005', stem: '013_cv-vpcp-9768-cao-toc-vinh-hao-phan-thiet' },
  { kind: 'plan', flyid: '900006', stem: 'ke-hoach-45-chuyen-doi-so-2026' },
  { kind: 'xlsx', flyid: '900007', stem: 'ke-hoach-46-chuyen-doi-so-2026' },
];

const TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  zip: 'application/zip',
  txt: 'text/plain',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** The phiếu trình of a document: who submits it and what is asked — no number, no tasks of its own. */
export function phieuTrinhLines(doc: DemoDoc): string[] {
  return [
    'VĂN PHÒNG',
    'PHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC',
    `Văn bản đến: ${doc.number || doc.stem}`,
    `Trích yếu: ${doc.subject || doc.stem}`,
    'Ý kiến của chuyên viên: kính trình lãnh đạo xem xét, cho ý kiến.',
    'Ý kiến của lãnh đạo:',
  ];
}

/** A directive's text as paragraphs for a DOCX: one per non-blank line. */
function docxParagraphs(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter(Boolean);
}

async function filesFor(kind: DemoFileKind, doc: DemoDoc): Promise<Omit<DemoFile, 'path'>[]> {
  const pdf = () => makeDirectivePdf(layoutDirective(doc.text));
  const slipPdf = () => makeDirectivePdf({ header: { left: [], right: [] }, body: phieuTrinhLines(doc), footer: { left: [], right: [] } });
  switch (kind) {
    case 'pdf':
      return [
        { name: `PT_${doc.stem}.pdf`, bytes: await slipPdf(), type: TYPES.pdf, phieuTrinh: true },
        { name: `${doc.stem}_signed.pdf`, bytes: await pdf(), type: TYPES.pdf, phieuTrinh: false },
      ];
    case 'docx':
      return [{ name: `${doc.stem}.docx`, bytes: makeDocx(docxParagraphs(doc.text)), type: TYPES.docx, phieuTrinh: false }];
    case 'zip': {
      const zip = zipSync({ [`Phieu trinh ${doc.stem}.docx`]: makeDocx(phieuTrinhLines(doc)), [`${doc.stem}.pdf`]: await pdf() });
      return [{ name: `${doc.stem}.zip`, bytes: zip, type: TYPES.zip, phieuTrinh: false }];
    }
    case 'tcvn3':
      return [{ name: `${doc.stem}.txt`, bytes: tcvn3Bytes(doc.text), type: TYPES.txt, phieuTrinh: false }];
    case 'scan':
      return [{ name: `${doc.stem}_scan.pdf`, bytes: await makeScannedPdf(await pdf()), type: TYPES.pdf, phieuTrinh: false }];
    case 'plan':
      return [{ name: `${doc.stem}.pdf`, bytes: (await demoPlan(doc.flyid)).pdf, type: TYPES.pdf, phieuTrinh: false }];
    case 'xlsx':
      return [{ name: `${doc.stem}.xlsx`, bytes: demoPlanWorkbook(), type: TYPES.xlsx, phieuTrinh: false }];
  }
}

/** What `buildDemoFiles` makes: the documents served with files, and their files by flyid. */
export interface DemoFiles {
  docs: DemoDoc[];
  files: Map<string, DemoFile[]>;
  /** flyid of each kind's document. */
  flyids: Record<DemoFileKind, string>;
}

/**
 * Generates the demo inbox's attachments from the corpus directives in `docs` (a few seconds:
 * the scan is rendered with pdf.js): a text PDF with its two-column header and footer beside a
 * phiếu trình, a DOCX, a ZIP holding a phiếu trình and the directive, a TCVN3 text, a scanned PDF,
 * and a plan whose duties are in a table, as a PDF and as an Excel workbook.
 * A kind whose directive is missing from `docs` takes the first document instead.
 */
export async function buildDemoFiles(docs: readonly DemoDoc[], kinds: readonly DemoFileKind[] = DEMO_FILE_DOCS.map((d) => d.kind)): Promise<DemoFiles> {
  const out: DemoFiles = { docs: [], files: new Map(), flyids: {} as Record<DemoFileKind, string> };
  for (const { kind, flyid, stem } of DEMO_FILE_DOCS.filter((d) => kinds.includes(d.kind))) {
    const base =
      kind === 'plan' ? (await demoPlan(flyid)).doc : kind === 'xlsx' ? demoPlanWorkbookDoc(flyid) : (docs.find((d) => d.stem === stem) ?? docs[0]);
    if (!base) break;
    const doc: DemoDoc = { ...base, flyid, role: 'xlc' };
    const files = (await filesFor(kind, doc)).map((f, i) => ({ ...f, path: `/upload/vbden/2025/${flyid}/${i + 1}_${f.name}` }));
    out.docs.push(doc);
    out.files.set(flyid, files);
    out.flyids[kind] = flyid;
  }
  return out;
}

/**
 * Everything the demo inbox serves: the corpus documents (as text pages) and the documents served
 * with generated files. One place for `npm start`, `scripts/demo-inbox.ts` and the browser tests.
 */
export async function loadDemoContent(): Promise<{ docs: DemoDoc[]; files: Map<string, DemoFile[]>; flyids: Record<DemoFileKind, string> }> {
  const corpus = loadDemoDocs();
  const generated = await buildDemoFiles(corpus);
  return { docs: [...corpus, ...generated.docs], files: generated.files, flyids: generated.flyids };
}
