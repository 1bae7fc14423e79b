import { liveQuery } from 'dexie';
import { useLayoutEffect, useState } from 'preact/hooks';
import { storage } from 'wxt/utils/storage';
import type { DetailsData } from '../../components/task-details';
import type { GroupName, ListRow, ListTask } from '../../components/task-list';
import { browser } from 'wxt/browser';
import type { CaptureResult, InboxDoc, PageCapture } from '../../lib/capture';
import type { DirectiveFile } from '../../lib/read/sites/find-directive-file';
import type { AttachmentText } from '../../lib/read/files/fetch-attachment';
import type { OcrProgress, OcrResult } from '../../lib/read/files/ocr';
import { createDatabase, type NhacViecDatabase } from '../../lib/db/database';
import { grouperFor, TASK_GROUPS } from '../../lib/db/groups';
import { listDocuments, listFirstTasks, listTasks, type ListHead, type TaskListItem } from '../../lib/db/list-tasks';
import { createSearchTest, narrowsSearch, searchWords } from '../../lib/db/search';
import type { StoredDocument, TaskDraft } from '../../lib/db/types';
import type { Extraction, Task } from '../../lib/extract/schema';
import type { Language } from '../../lib/i18n';
import { DEFAULT_SETTINGS, getSettings, watchSettings, type Settings } from '../../lib/settings';
import { roleForUnit, type Unit } from '../../lib/unit-match';
import type { ReminderOverride } from '../../lib/db/records';
import type { SnoozeChoice } from '../../lib/reminders/snooze';
// Reminder actions and the notification's focus request: loaded after the first screen.
const loadReminders = () => import('./reminder-actions');
const notifyTasksChanged = () => void loadReminders().then((r) => r.notifyTasksChanged());

// The list's first screen needs the database's read queries and the settings only. Everything
// else — the engine, saving and editing (record schemas, citation keys), the message protocol, the
// pending-capture schema — is loaded on first use, so the panel's first script stays small and
// holds no Zod.
const loadDb = () => import('../../lib/db');
const loadMessages = () => import('../../lib/messages');
const loadCapture = () => import('../../lib/capture');

/** Tasks shown at once before the whole list is read: more than a tall panel holds. */
const HEAD_TASKS = 64;

/** What the panel shows, kept current by live queries. */
export interface PanelData {
  /** False until the settings and the start of the list have been read. */
  loaded: boolean;
  language: Language;
  unit: Unit | null;
  items: TaskListItem[];
  tasks: TaskListItem[];
  documents: StoredDocument[];
  /**
   * While only the start of the list is read (`items` is its head): the real size of the groups
   * it reaches into. Null once `items` is the whole list.
   */
  headCounts: Partial<Record<GroupName, number>> | null;
}

type CaptureMeta = Omit<PageCapture, 'text'> | null;

/** The panel's access to the engine, the database, settings and the background. */
export interface PanelStore {
  db: NhacViecDatabase;
  /** Runs the engine, loaded on first use so the list opens without it. */
  extract(text: string): Promise<Extraction>;
  captureTab(): Promise<CaptureResult>;
  /** True when the extension may fetch from `url`'s site (a granted host permission). */
  hasSiteAccess(url: string): Promise<boolean>;
  /**
   * Asks the user to let the extension read `url`'s site. Call it straight from a click handler,
   * before any await: the browser shows the prompt only during a user gesture.
   */
  requestSiteAccess(url: string): Promise<boolean>;
  /** Downloads an attachment from the panel and reads its text (PDF, DOCX, ZIP). */
  readAttachment(url: string, name: string): Promise<AttachmentText>;
  /** Finds an inbox document's directive file: the page's links, else the site's attachment list (with the user's session). */
  findDirectiveFile(site: string, doc: InboxDoc): Promise<DirectiveFile>;
  /** Reads a scanned PDF by OCR on this device (tesseract.js and its Vietnamese model, loaded now). */
  ocrScan(bytes: Uint8Array, options: { onProgress?: (progress: OcrProgress) => void; signal?: AbortSignal }): Promise<OcrResult>;
  onPendingCapture(handle: (result: CaptureResult) => void): () => void;
  save(extraction: Extraction, text: string, capture: CaptureMeta): Promise<{ created: true } | { created: false; documentId: number; newTasks: TaskDraft[] }>;
  merge(documentId: number, tasks: TaskDraft[]): Promise<void>;
  details(id: number): Promise<DetailsData | null>;
  remove(id: number): Promise<() => Promise<void>>;
  setDone(id: number, done: boolean): Promise<void>;
  editDue(id: number, due: string | null): Promise<void>;
  /** "Nhắc lại": 1 giờ, sáng mai, tuần sau. */
  snooze(id: number, choice: SnoozeChoice): Promise<void>;
  /** A task's own reminder settings (null: the defaults). */
  setReminder(id: number, override: ReminderOverride | null): Promise<void>;
  /** Calls `handle` with the task a clicked reminder asks to show (null: the list); returns the unwatch. */
  onFocusTask(handle: (taskId: number | null) => void): () => void;
  /** The items the filters keep, in order: `data.items` itself when nothing filters. */
  filterTasks(data: PanelData, options: { query: string; filter: 'mine' | 'all'; documentId: number | null }): TaskListItem[];
  /**
   * The list's rows: a header per group, then its tasks. `items` must be sorted by `compareTasks`
   * (as `listTasks` and `listFirstTasks` give them); `counts` (a head's) replaces the header counts
   * of the groups it names.
   */
  rows(items: TaskListItem[], counts?: Partial<Record<GroupName, number>> | null): ListRow[];
  /**
   * Starts reading what the panel shows (once; later calls do nothing): the settings, then at once
   * the start of the list (`listFirstTasks`: a first screen without reading every task), then the
   * whole list and the documents, kept live; every write anywhere updates them.
   */
  start(): void;
  /** What the panel shows now. */
  current(): PanelData;
  /** Calls `listener` after every change of `current()`; returns a function that stops it. */
  subscribe(listener: () => void): () => void;
  roleOf(task: Task, recipients: string[], unit: Unit | null): 'chu-tri' | 'phoi-hop' | null;
}

const PENDING_KEY = 'session:pendingCapture';
// A capture waiting longer than this was meant for a panel that has since closed.
const PENDING_FRESH_MS = 60_000;

/** The host-permission pattern of a URL's site: `https://example.gov.vn/*`. */
export function siteOrigin(url: string): string {
  return `${new URL(url).origin}/*`;
}

/** Today as a local ISO date: the list groups by the official's own calendar day. */
export function localToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** The tab the panel reads: `?tab=` when given (the panel opened as a page), else the active one. */
function targetTab(): number | undefined {
  const raw = new URLSearchParams(location.search).get('tab');
  const id = raw === null ? NaN : Number(raw);
  return Number.isInteger(id) && id >= 0 ? id : undefined;
}

// Rows are rebuilt on every keystroke of a search; each item's row is built once (again only if
// its group changes, at midnight).
const taskRows = new WeakMap<TaskListItem, Extract<ListRow, { kind: 'task' }>>();

function taskRow(item: TaskListItem, group: GroupName): ListRow {
  const cached = taskRows.get(item);
  if (cached?.group === group) return cached;
  const row = { kind: 'task' as const, task: cached?.task ?? toListTask(item), group };
  taskRows.set(item, row);
  return row;
}

function toListTask(item: TaskListItem): ListTask {
  const t = item.task;
  return {
    id: t.id,
    title: t.title,
    due: t.due,
    dueTime: t.dueTime,
    done: t.done === 1,
    documentNumber: item.document?.number ?? null,
    assignees: t.assignees,
    role: item.role,
  };
}

/** Creates the store over the extension's database (or a given one, for tests). */
export function createPanelStore(db: NhacViecDatabase = createDatabase()): PanelStore {
  let lastPending = 0;
  let lastFilter: { items: TaskListItem[]; filter: 'mine' | 'all'; documentId: number | null; query: string; shown: TaskListItem[] } | null = null;
  const live = createLiveData(db);
  return {
    db,
    ...live,
    extract: async (text) => (await import('../../lib/extract')).extractDirective(text),
    async captureTab() {
      const tabId = targetTab();
      try {
        const { sendMessage } = await loadMessages();
        return await sendMessage('captureTab', tabId === undefined ? {} : { tabId });
      } catch (error) {
        return { ok: false, reason: 'failed', detail: String((error as Error).message ?? error).slice(0, 500) };
      }
    },
    async hasSiteAccess(url) {
      try {
        return await browser.permissions.contains({ origins: [siteOrigin(url)] });
      } catch {
        return false;
      }
    },
    requestSiteAccess(url) {
      try {
        return browser.permissions.request({ origins: [siteOrigin(url)] }).catch(() => false);
      } catch {
        return Promise.resolve(false);
      }
    },
    async readAttachment(url, name) {
      const [{ fetchAttachmentText }, { loadPdfjsForBrowser }] = await Promise.all([
        import('../../lib/read/files/fetch-attachment'),
        import('../../lib/read/files/pdfjs-browser'),
      ]);
      return fetchAttachmentText(url, name, loadPdfjsForBrowser);
    },
    async findDirectiveFile(site, doc) {
      const { findDirectiveFile } = await import('../../lib/read/sites/find-directive-file');
      return findDirectiveFile(site, doc);
    },
    async ocrScan(bytes, options) {
      const { ocrPdfInBrowser } = await import('../../lib/read/files/ocr-browser');
      return ocrPdfInBrowser(bytes, options);
    },
    onPendingCapture(handle) {
      const take = async (value: unknown) => {
        // Nothing waiting (the usual case on opening): no schema to load.
        if (value === null || value === undefined) return;
        const { PendingCaptureSchema } = await loadCapture();
        const parsed = PendingCaptureSchema.safeParse(value);
        if (!parsed.success || parsed.data.at <= lastPending || Date.now() - parsed.data.at > PENDING_FRESH_MS) return;
        lastPending = parsed.data.at;
        handle(parsed.data.result);
      };
      void storage.getItem(PENDING_KEY).then(take);
      return storage.watch(PENDING_KEY, (value) => void take(value));
    },
    async save(extraction, text, capture) {
      const { buildRecords, saveCapture } = await loadDb();
      const records = buildRecords(extraction, { url: capture?.url ?? null, pageTitle: capture?.title ?? null, text, now: Date.now() });
      const result = await saveCapture(db, records);
      if (result.created) notifyTasksChanged();
      return result.created ? { created: true } : { created: false, documentId: result.documentId, newTasks: result.newTasks };
    },
    async merge(documentId, tasks) {
      const { mergeTasks } = await loadDb();
      await mergeTasks(db, documentId, tasks);
      notifyTasksChanged();
    },
    async details(id) {
      const { taskDetails } = await loadDb();
      const d = await taskDetails(db, id);
      if (!d) return null;
      return {
        id: d.task.id,
        title: d.task.title,
        source: d.task.source,
        assignees: d.task.assignees,
        coordinators: d.task.coordinators,
        due: d.task.due,
        dueTime: d.task.dueTime,
        deadlineText: d.task.deadlineText,
        dueImplied: d.task.dueImplied,
        done: d.task.done === 1,
        snoozedUntil: d.task.snoozedUntil ?? null,
        reminder: d.task.reminder ?? null,
        document: d.document ? { id: d.document.id, number: d.document.number, date: d.document.date, subject: d.document.subject, url: d.document.url } : null,
        citations: d.citations.map((c) => ({ number: c.citation.number, kind: c.citation.kind, date: c.citation.date, savedDocumentId: c.documentId })),
      };
    },
    async remove(id) {
      const { deleteTask, restoreTask } = await loadDb();
      const removed = await deleteTask(db, id);
      notifyTasksChanged();
      return async () => {
        if (removed) await restoreTask(db, removed);
        notifyTasksChanged();
      };
    },
    async setDone(id, done) {
      const { setDone } = await loadDb();
      await setDone(db, id, done, Date.now());
      notifyTasksChanged();
    },
    async editDue(id, due) {
      const { updateTask } = await loadDb();
      await updateTask(db, id, { due });
      notifyTasksChanged();
    },
    async snooze(id, choice) {
      await (await loadReminders()).snoozeFromPanel(db, id, choice);
    },
    setReminder: async (id, override) => (await loadReminders()).setReminderOverride(db, id, override),
    onFocusTask(handle) {
      let stopped = false;
      let unwatch = () => {};
      void loadReminders().then((r) => {
        if (!stopped) unwatch = r.onFocusTask(handle);
      });
      return () => {
        stopped = true;
        unwatch();
      };
    },
    filterTasks(data, { query, filter, documentId }) {
      if (!searchWords(query).length && filter === 'all' && documentId === null) return data.items;
      // Typing on narrows the search: look through the last matches, not the whole list.
      const last = lastFilter;
      const from =
        last && last.items === data.items && last.filter === filter && last.documentId === documentId && narrowsSearch(last.query, query) ? last.shown : data.items;
      const test = createSearchTest(query);
      const shown = from.filter(
        (item) => (filter === 'all' || item.role !== null) && (documentId === null || item.task.documentId === documentId) && test(item.task.search),
      );
      lastFilter = { items: data.items, filter, documentId, query, shown };
      return shown;
    },
    rows(items, counts) {
      // `items` are sorted as the list is, so each group's share is sorted too: no sort here.
      const groupOf = grouperFor(localToday());
      const groups = new Map<GroupName, ListRow[]>(TASK_GROUPS.map((g) => [g, []]));
      for (const item of items) {
        const group = groupOf(item.task);
        groups.get(group)!.push(taskRow(item, group));
      }
      const rows: ListRow[] = [];
      for (const [group, tasks] of groups) {
        if (tasks.length === 0) continue;
        rows.push({ kind: 'group', group, count: counts?.[group] ?? tasks.length });
        for (const row of tasks) rows.push(row);
      }
      return rows;
    },
    roleOf(task, recipients, unit) {
      return unit ? roleForUnit(task, unit, recipients) : null;
    },
  };
}

/** `items` with the unit's role in each task (a head is read before the unit is known). */
function withRoles(items: TaskListItem[], unit: Unit | null): TaskListItem[] {
  return unit ? items.map((item) => ({ ...item, role: roleForUnit(item.task, unit, item.document?.recipients ?? []) })) : items;
}

const INITIAL_DATA: PanelData = { loaded: false, ...DEFAULT_SETTINGS, items: [], tasks: [], documents: [], headCounts: null };

/**
 * The panel's live data (see `PanelStore.start`). Kept outside Preact so reading starts as soon as
 * the page runs and each step follows the previous one at once, not a frame later as effects do.
 */
function createLiveData(db: NhacViecDatabase): Pick<PanelStore, 'start' | 'current' | 'subscribe'> {
  let data = INITIAL_DATA;
  const listeners = new Set<() => void>();
  const update = (patch: Partial<PanelData>) => {
    data = { ...data, ...patch, tasks: patch.items ?? data.items };
    for (const listener of listeners) listener();
  };
  let started = false;
  let unitKey: string | undefined;
  // Queries of the current unit; replaced when the unit changes.
  let run = 0;
  let subscriptions: { unsubscribe(): void }[] = [];

  // The start of the list, read with the settings (it needs no unit: roles are added after).
  let head: Promise<ListHead | null> | null = null;

  const readList = (unit: Unit | null) => {
    const current = ++run;
    for (const subscription of subscriptions) subscription.unsubscribe();
    subscriptions = [];
    const watchAll = () => {
      if (current !== run) return;
      subscriptions.push(
        liveQuery(() => listTasks(db, { filter: 'all', unit })).subscribe({
          next: (items) => update({ loaded: true, items, headCounts: null }),
          error: (error) => {
            console.error(error);
            update({ loaded: true });
          },
        }),
        liveQuery(() => listDocuments(db)).subscribe({ next: (documents) => update({ documents }), error: console.error }),
      );
    };
    // Only the first list waits for the head; a list already shown stays until the new one comes.
    if (data.loaded || !head) return watchAll();
    head.then(
      (start) => {
        if (start && current === run && !data.loaded) update({ loaded: true, items: withRoles(start.items, unit), headCounts: start.counts });
        watchAll();
      },
      (error) => {
        console.error(error);
        watchAll();
      },
    );
  };

  const apply = (settings: Settings) => {
    const key = JSON.stringify(settings.unit);
    update({ language: settings.language, unit: settings.unit });
    if (key === unitKey) return;
    unitKey = key;
    readList(settings.unit);
  };

  return {
    start() {
      if (started) return;
      started = true;
      head = listFirstTasks(db, { limit: HEAD_TASKS, today: localToday() });
      watchSettings(apply);
      // A change seen by the watcher first is newer than what this read returns.
      getSettings().then(
        (settings) => unitKey === undefined && apply(settings),
        (error) => {
          console.error(error);
          if (unitKey === undefined) apply(DEFAULT_SETTINGS);
        },
      );
    },
    current: () => data,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The panel's data, re-rendering on every change; starts the store's reading if nothing did yet. */
export function usePanelData(store: PanelStore): PanelData {
  const [data, setData] = useState(store.current);
  // A layout effect runs right after the first render, not a frame later: nothing is missed.
  useLayoutEffect(() => {
    const stop = store.subscribe(() => setData(store.current()));
    store.start();
    setData(store.current());
    return stop;
  }, [store]);
  return data;
}
