import { useEffect, useMemo, useState } from 'preact/hooks';
import { AttachmentList, type AttachmentItem } from '../../components/attachment-list';
import { DocumentRows } from '../../components/document-rows';
import type { OcrOffer } from '../../components/ocr-offer';
import { PasteBox } from '../../components/paste-box';
import type { ReviewView } from '../../components/review-view';
import { StatusMessage } from '../../components/status-message';
import { TaskDetails, type DetailsData } from '../../components/task-details';
import { TaskList } from '../../components/task-list';
import type { CaptureResult, InboxDoc, PageCapture } from '../../lib/capture';
import { createTranslator, type Translate } from '../../lib/i18n';
import type { TaskDraft } from '../../lib/db';
import type { Extraction, Task } from '../../lib/extract/schema';
import type { PageRange } from '../../lib/read/files/types';
import { usePanelData, type PanelStore } from './panel-store';

type View =
  | { kind: 'list'; documentId: number | null }
  | { kind: 'review'; extraction: Extraction; text: string; capture: Omit<PageCapture, 'text'> | null; ocr?: boolean; pages?: PageRange[] }
  | { kind: 'merge'; documentId: number; newTasks: TaskDraft[] }
  | { kind: 'paste'; reason: 'no-directive' | 'failure' }
  | { kind: 'details'; id: number };

type Notice = { kind: 'info' | 'error'; text: string; undo?: () => void; testId?: string } | null;

function failureText(t: Translate, result: Extract<CaptureResult, { ok: false }>): string {
  switch (result.reason) {
    case 'no-access':
      return t('noAccess');
    case 'unsupported-page':
      return t('unsupportedPage');
    case 'no-tab':
      return t('noTab');
    case 'no-text':
      return t('noDirective');
    default:
      return t('captureFailed') + result.detail;
  }
}

/** The side panel: capture and review a directive, then live with the list. */
export function App({ store }: { store: PanelStore }) {
  const data = usePanelData(store);
  const t = useMemo(() => createTranslator(data.language), [data.language]);
  const [view, setView] = useState<View>({ kind: 'list', documentId: null });
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<'mine' | 'all'>('all');
  const [details, setDetails] = useState<DetailsData | null>(null);
  /** The last capture's attachments, offered until the next capture. */
  const [attachments, setAttachments] = useState<{ items: AttachmentItem[]; page: Omit<PageCapture, 'text'> } | null>(null);

  /** A scanned PDF attachment the user may have read by OCR (offered until the next capture or file). */
  /** The documents an e-office page named (its rows, or the one document shown), until the next capture. */
  const [inbox, setInbox] = useState<{ site: string; docs: InboxDoc[]; page: Omit<PageCapture, 'text'>; allowed: boolean } | null>(null);
  const [scan, setScan] = useState<{ bytes: Uint8Array; name: string; capture: Omit<PageCapture, 'text'>; Offer: typeof OcrOffer } | null>(null);

  /** The review, loaded with the first directive read: the panel's first script stays small. */
  const [Review, setReview] = useState<{ View: typeof ReviewView } | null>(null);

  /**
   * Runs the engine on captured, pasted or OCR text (`ocr`: flagged in the review; `pages`: a PDF's
   * page ranges, so each task says its page) and opens the review.
   */
  const review = async (text: string, capture: Omit<PageCapture, 'text'> | null, ocr = false, pages?: PageRange[]) => {
    const [extraction] = await Promise.all([
      store.extract(text),
      Review ? null : import('../../components/review-view').then(({ ReviewView: View }) => setReview({ View })),
    ]);
    if (extraction.tasks.length === 0 && extraction.document.number === null) {
      setNotice({ kind: 'info', text: t('noDirective'), testId: 'no-directive' });
      setView({ kind: 'paste', reason: 'no-directive' });
      return;
    }
    setNotice(capture?.truncated ? { kind: 'info', text: t('truncated') } : null);
    setView({ kind: 'review', extraction, text, capture, ...(ocr ? { ocr } : {}), ...(pages ? { pages } : {}) });
  };

  /** Downloads and reads an attachment (asking for its site first if needed), then reviews its text. */
  const readAttachment = async (item: AttachmentItem, page: Omit<PageCapture, 'text'>, granted: Promise<boolean> | null) => {
    if (granted && !(await granted)) {
      setNotice({ kind: 'error', text: t('siteRefused'), testId: 'capture-error' });
      setView({ kind: 'paste', reason: 'failure' });
      return;
    }
    if (granted) setAttachments((a) => a && { ...a, items: a.items.map((i) => (new URL(i.url).origin === new URL(item.url).origin ? { ...i, allowed: true } : i)) });
    setBusy(true);
    setScan(null);
    setNotice({ kind: 'info', text: t('readingFile') });
    try {
      const read = await store.readAttachment(item.url, item.label);
      const { attachments: _links, ...meta } = page;
      const capture = { ...meta, url: item.url, title: item.label, reader: 'attachment', selection: false, truncated: false };
      if (!read.ok && read.scan) {
        // A scan: said plainly by the OCR offer, which reads it on this computer when asked.
        setNotice(null);
        // Loaded with the first scan: the panel's first script stays small.
        const { OcrOffer: Offer } = await import('../../components/ocr-offer');
        setScan({ bytes: read.scan, name: item.label, capture, Offer });
        setView({ kind: 'paste', reason: 'failure' });
        return;
      }
      if (!read.ok) {
        setNotice({ kind: 'error', text: read.message, testId: 'capture-error' });
        setView({ kind: 'paste', reason: 'failure' });
        return;
      }
      await review(read.text, capture, false, read.pages);
    } finally {
      setBusy(false);
    }
  };

  /** A click on an attachment: the permission prompt, when needed, must open in the click itself. */
  const pickAttachment = (item: AttachmentItem) => {
    if (!attachments) return;
    const granted = item.allowed ? null : store.requestSiteAccess(item.url);
    void readAttachment(item, attachments.page, granted);
  };

  /** Shows a capture's attachments; a page that is only a file (a PDF tab) is read at once if allowed (`autoRead`). */
  const offerAttachments = async (capture: PageCapture, autoRead = true) => {
    const { text, ...page } = capture;
    const links = capture.attachments ?? [];
    if (!links.length) {
      setAttachments(null);
      return;
    }
    const items = await Promise.all(links.map(async (l) => ({ ...l, allowed: await store.hasSiteAccess(l.url) })));
    setAttachments({ items, page });
    if (!text.trim()) {
      if (autoRead && items.length === 1 && items[0]!.allowed) return readAttachment(items[0]!, page, null);
      setNotice(null);
      setView({ kind: 'paste', reason: 'failure' });
    }
  };

  /** Finds an inbox document's directive file (never its phiếu trình) and reads it as an attachment. */
  const readDocument = async (doc: InboxDoc, found: NonNullable<typeof inbox>, granted: Promise<boolean> | null) => {
    if (granted && !(await granted)) {
      setNotice({ kind: 'error', text: t('siteRefused'), testId: 'capture-error' });
      setView({ kind: 'paste', reason: 'failure' });
      return;
    }
    if (granted) {
      setInbox((i) => i && { ...i, allowed: true });
      const origin = new URL(found.page.url).origin;
      setAttachments((a) => a && { ...a, items: a.items.map((i) => (new URL(i.url).origin === origin ? { ...i, allowed: true } : i)) });
    }
    setBusy(true);
    setScan(null);
    setNotice({ kind: 'info', text: t('findingFile') });
    const file = await store.findDirectiveFile(found.site, doc).finally(() => setBusy(false));
    if (!file.ok) {
      setNotice({ kind: 'error', text: file.message, testId: 'capture-error' });
      setView({ kind: 'paste', reason: 'failure' });
      return;
    }
    // A file on a host not allowed yet (the newer app's file host): its button asks for it in the click.
    if (!(await store.hasSiteAccess(file.file.url))) {
      const item = { url: file.file.url, label: file.file.name, allowed: false };
      setAttachments((a) => ({ items: [item, ...(a?.items ?? []).filter((i) => i.url !== item.url)], page: a?.page ?? found.page }));
      setNotice({ kind: 'info', text: t('allowFileHost'), testId: 'allow-file-host' });
      setView({ kind: 'paste', reason: 'failure' });
      return;
    }
    await readAttachment({ url: file.file.url, label: file.file.name, allowed: true }, found.page, null);
  };

  /** "Đọc văn bản" on a document: the permission prompt, when needed, opens in the click itself. */
  const pickDocument = (doc: InboxDoc) => {
    if (!inbox) return;
    const granted = inbox.allowed ? null : store.requestSiteAccess(doc.filesUrl ?? doc.files?.[0]?.url ?? inbox.page.url);
    void readDocument(doc, inbox, granted);
  };

  /** An e-office page: its documents offered; the one document of a detail page read at once when allowed. */
  const offerInbox = async (capture: PageCapture) => {
    const { text: _text, ...page } = capture;
    const docs = capture.inbox!.docs;
    const first = docs[0]!;
    await offerAttachments(capture, false);
    const found = { site: capture.inbox!.site, docs, page, allowed: await store.hasSiteAccess(first.filesUrl ?? first.files?.[0]?.url ?? capture.url) };
    setInbox(found);
    setNotice(null);
    setView({ kind: 'paste', reason: 'failure' });
    if (docs.length === 1 && found.allowed) await readDocument(first, found, null);
  };

  const onCaptureResult = (result: CaptureResult) => {
    setScan(null);
    setInbox(null);
    if (!result.ok) {
      setAttachments(null);
      setNotice({ kind: 'error', text: failureText(t, result), testId: result.reason === 'no-text' ? 'no-directive' : 'capture-error' });
      setView({ kind: 'paste', reason: result.reason === 'no-text' ? 'no-directive' : 'failure' });
      return;
    }
    const { text, attachments: _links, ...meta } = result.capture;
    if (result.capture.inbox?.docs.length) return void offerInbox(result.capture);
    void offerAttachments(result.capture);
    if (text.trim()) void review(text, meta);
  };

  // Captures started from the toolbar, the shortcut or the menu arrive through session storage.
  useEffect(() => store.onPendingCapture(onCaptureResult), [store, data.language]);
  // A clicked reminder opens the panel on its task (or, for a summary, on the list).
  useEffect(() => store.onFocusTask((id) => (id === null ? setView({ kind: 'list', documentId: null }) : void openDetails(id))), [store]);

  const captureNow = async () => {
    setNotice({ kind: 'info', text: t('capturing') });
    onCaptureResult(await store.captureTab());
  };

  const save = async (kept: Task[], current: Extract<View, { kind: 'review' }>) => {
    setBusy(true);
    try {
      const result = await store.save({ ...current.extraction, tasks: kept }, current.text, current.capture);
      if (result.created) {
        setNotice({ kind: 'info', text: t('saved') });
        setView({ kind: 'list', documentId: null });
      } else {
        setNotice({ kind: 'info', text: t('alreadySaved') });
        setView({ kind: 'merge', documentId: result.documentId, newTasks: result.newTasks });
      }
    } catch (error) {
      setNotice({ kind: 'error', text: t('saveFailed') + String((error as Error).message ?? error) });
    } finally {
      setBusy(false);
    }
  };

  const openDetails = async (id: number) => {
    const d = await store.details(id);
    if (!d) return;
    setDetails(d);
    setView({ kind: 'details', id });
  };

  const remove = async (id: number) => {
    const restore = await store.remove(id);
    setView({ kind: 'list', documentId: null });
    setNotice({ kind: 'info', text: t('deleted'), undo: restore });
  };

  const documentId = view.kind === 'list' ? view.documentId : null;
  const shown = useMemo(() => store.filterTasks(data, { query, filter, documentId }), [data.items, query, filter, documentId]);
  // While only the head of the list is read, its group sizes hold for the unfiltered list alone.
  const counts = shown === data.items ? data.headCounts : null;
  const rows = useMemo(() => store.rows(shown, counts), [shown, counts]);
  // The list as shown, as a calendar file (once the whole list is read); the export code is
  // loaded on the first click only.
  const exportShown = async () => {
    const { exportTasksAsIcs } = await import('../../lib/export/export-visible');
    const text = await exportTasksAsIcs(store.db, shown.map((item) => item.task.id), data.language).catch((error: Error) => `${t('exportFailed')}${error.message}`);
    setNotice({ kind: 'info', text, testId: 'export-notice' });
  };
  // The same elements while the documents are unchanged: a search keystroke does not redo them.
  const documentOptions = useMemo(
    () =>
      data.documents.map((d) => (
        <option value={String(d.id)} key={d.id}>
          {d.number ?? d.subject?.slice(0, 40) ?? `#${d.id}`}
        </option>
      )),
    [data.documents],
  );

  return (
    <main class="panel" lang={data.language}>
      <header class="bar">
        <h1>{t('appName')}</h1>
        <button type="button" class="primary" data-testid="capture" onClick={captureNow}>
          {t('capture')}
        </button>
      </header>

      {notice && (
        <StatusMessage kind={notice.kind} testId={notice.testId}>
          {notice.text}
          {notice.undo && (
            <button
              type="button"
              class="link"
              data-testid="undo"
              onClick={async () => {
                await notice.undo!();
                setNotice(null);
              }}
            >
              {t('undo')}
            </button>
          )}
        </StatusMessage>
      )}

      {inbox && (view.kind === 'review' || view.kind === 'paste') && (
        <DocumentRows t={t} docs={inbox.docs} allowed={inbox.allowed} busy={busy} onRead={pickDocument} />
      )}

      {attachments && (view.kind === 'review' || view.kind === 'paste') && (
        <AttachmentList t={t} items={attachments.items} busy={busy} onPick={pickAttachment} />
      )}

      {view.kind === 'review' && Review && (
        <Review.View
          t={t}
          extraction={view.extraction}
          text={view.text}
          ocr={view.ocr === true}
          pages={view.pages}
          roles={view.extraction.tasks.map((task) => store.roleOf(task, view.extraction.document.recipients, data.unit))}
          busy={busy}
          onSave={(kept) => save(kept, view)}
          onCancel={() => {
            setNotice(null);
            setView({ kind: 'list', documentId: null });
          }}
        />
      )}

      {view.kind === 'merge' && (
        <section class="merge" data-testid="merge">
          {view.newTasks.length === 0 ? (
            <p>{t('nothingNew')}</p>
          ) : (
            <>
              <ul>
                {view.newTasks.map((task, i) => (
                  <li key={i}>{task.title}</li>
                ))}
              </ul>
              <button
                type="button"
                class="primary"
                data-testid="merge-new"
                onClick={async () => {
                  await store.merge(view.documentId, view.newTasks);
                  setNotice({ kind: 'info', text: t('saved') });
                  setView({ kind: 'list', documentId: view.documentId });
                }}
              >
                {t('mergeNew')} ({view.newTasks.length})
              </button>
            </>
          )}
          <button type="button" onClick={() => setView({ kind: 'list', documentId: view.documentId })}>
            {t('openSaved')}
          </button>
        </section>
      )}

      {view.kind === 'paste' && scan && (
        <scan.Offer
          key={scan.capture.url}
          t={t}
          name={scan.name}
          run={(options) => store.ocrScan(scan.bytes, options)}
          onText={(text, pages) => void review(text, scan.capture, true, pages)}
          onRunning={setBusy}
        />
      )}

      {view.kind === 'paste' && <PasteBox t={t} onExtract={(text) => void review(text, null)} />}

      {view.kind === 'details' && details && (
        <TaskDetails
          t={t}
          data={details}
          onBack={() => setView({ kind: 'list', documentId: null })}
          onToggle={async (done) => {
            await store.setDone(details.id, done);
            await openDetails(details.id);
          }}
          onEditDue={async (due) => {
            await store.editDue(details.id, due);
            await openDetails(details.id);
          }}
          onDelete={() => remove(details.id)}
          onShowDocument={(documentId) => setView({ kind: 'list', documentId })}
          onSnooze={async (choice) => {
            await store.snooze(details.id, choice);
            await openDetails(details.id);
          }}
          onReminder={async (override) => {
            await store.setReminder(details.id, override);
            await openDetails(details.id);
          }}
        />
      )}

      {(view.kind === 'list' || view.kind === 'paste') && (
        <section class="list" aria-label={t('list')}>
          <div class="filters">
            <input
              type="search"
              data-testid="search"
              placeholder={t('search')}
              aria-label={t('search')}
              value={query}
              onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
            />
            <div role="group" class="toggle">
              <button type="button" aria-pressed={filter === 'mine'} data-testid="filter-mine" onClick={() => setFilter('mine')}>
                {t('mine')}
              </button>
              <button type="button" aria-pressed={filter === 'all'} data-testid="filter-all" onClick={() => setFilter('all')}>
                {t('all')}
              </button>
            </div>
            <select
              aria-label={t('allDocuments')}
              data-testid="filter-document"
              value={view.kind === 'list' && view.documentId ? String(view.documentId) : ''}
              onChange={(e) => {
                const v = (e.target as HTMLSelectElement).value;
                setView({ kind: 'list', documentId: v ? Number(v) : null });
              }}
            >
              <option value="">{t('allDocuments')}</option>
              {documentOptions}
            </select>
          </div>
          {filter === 'mine' && !data.unit && <p class="hint">{t('setUnitHint')}</p>}
          {rows.length > 0 && (
            // Disabled, not hidden, until the whole list is read: the list below must not move.
            <button type="button" class="link" data-testid="export-visible" disabled={data.headCounts !== null} onClick={() => void exportShown()}>
              {t('exportVisible')}
            </button>
          )}
          {!data.loaded ? null : data.tasks.length === 0 ? (
            <p class="empty">{t('emptyList')}</p>
          ) : rows.length === 0 ? (
            <p class="empty">{t('noMatch')}</p>
          ) : (
            <TaskList t={t} rows={rows} onToggle={(id, done) => store.setDone(id, done)} onOpen={openDetails} />
          )}
        </section>
      )}
    </main>
  );
}
