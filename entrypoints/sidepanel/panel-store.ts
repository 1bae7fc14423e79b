import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { storage } from 'wxt/utils/storage';
import type { DetailsData } from '../../components/task-details';
import type { GroupName, ListTask } from '../../components/task-list';
import { PendingCaptureSchema, type CaptureResult, type PageCapture } from '../../lib/capture';
import {
  buildRecords,
  createDatabase,
  createSearchTest,
  deleteTask,
  groupTasks,
  listDocuments,
  listTasks,
  mergeTasks,
  restoreTask,
  saveCapture,
  setDone,
  taskDetails,
  updateTask,
  type NhacViecDatabase,
  type StoredDocument,
  type TaskDraft,
  type TaskListItem,
} from '../../lib/db';
import type { Extraction, Task } from '../../lib/extract';
import type { Language } from '../../lib/i18n';
import { sendMessage } from '../../lib/messages';
import { getSettings, watchSettings, type Settings } from '../../lib/settings';
import { roleForUnit, type Unit } from '../../lib/unit-match';

/** What the panel shows, kept current by live queries. */
export interface PanelData {
  language: Language;
  unit: Unit | null;
  items: TaskListItem[];
  tasks: TaskListItem[];
  documents: StoredDocument[];
}

type CaptureMeta = Omit<PageCapture, 'text'> | null;

/** The panel's access to the engine, the database, settings and the background. */
export interface PanelStore {
  db: NhacViecDatabase;
  /** Runs the engine, loaded on first use so the list opens without it. */
  extract(text: string): Promise<Extraction>;
  captureTab(): Promise<CaptureResult>;
  onPendingCapture(handle: (result: CaptureResult) => void): () => void;
  save(extraction: Extraction, text: string, capture: CaptureMeta): Promise<{ created: true } | { created: false; documentId: number; newTasks: TaskDraft[] }>;
  merge(documentId: number, tasks: TaskDraft[]): Promise<void>;
  details(id: number): Promise<DetailsData | null>;
  remove(id: number): Promise<() => Promise<void>>;
  setDone(id: number, done: boolean): Promise<void>;
  editDue(id: number, due: string | null): Promise<void>;
  filterTasks(data: PanelData, options: { query: string; filter: 'mine' | 'all'; documentId: number | null }): TaskListItem[];
  group(items: TaskListItem[]): [GroupName, ListTask[]][];
  roleOf(task: Task, recipients: string[], unit: Unit | null): 'chu-tri' | 'phoi-hop' | null;
}

const PENDING_KEY = 'session:pendingCapture';
// A capture waiting longer than this was meant for a panel that has since closed.
const PENDING_FRESH_MS = 60_000;

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
  return {
    db,
    extract: async (text) => (await import('../../lib/extract')).extractDirective(text),
    async captureTab() {
      const tabId = targetTab();
      try {
        return await sendMessage('captureTab', tabId === undefined ? {} : { tabId });
      } catch (error) {
        return { ok: false, reason: 'failed', detail: String((error as Error).message ?? error).slice(0, 500) };
      }
    },
    onPendingCapture(handle) {
      const take = (value: unknown) => {
        const parsed = PendingCaptureSchema.safeParse(value);
        if (!parsed.success || parsed.data.at <= lastPending || Date.now() - parsed.data.at > PENDING_FRESH_MS) return;
        lastPending = parsed.data.at;
        handle(parsed.data.result);
      };
      void storage.getItem(PENDING_KEY).then(take);
      return storage.watch(PENDING_KEY, take);
    },
    async save(extraction, text, capture) {
      const records = buildRecords(extraction, { url: capture?.url ?? null, pageTitle: capture?.title ?? null, text, now: Date.now() });
      const result = await saveCapture(db, records);
      return result.created ? { created: true } : { created: false, documentId: result.documentId, newTasks: result.newTasks };
    },
    async merge(documentId, tasks) {
      await mergeTasks(db, documentId, tasks);
    },
    async details(id) {
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
        document: d.document ? { id: d.document.id, number: d.document.number, date: d.document.date, subject: d.document.subject, url: d.document.url } : null,
        citations: d.citations.map((c) => ({ number: c.citation.number, kind: c.citation.kind, date: c.citation.date, savedDocumentId: c.documentId })),
      };
    },
    async remove(id) {
      const removed = await deleteTask(db, id);
      return async () => {
        if (removed) await restoreTask(db, removed);
      };
    },
    async setDone(id, done) {
      await setDone(db, id, done, Date.now());
    },
    async editDue(id, due) {
      await updateTask(db, id, { due });
    },
    filterTasks(data, { query, filter, documentId }) {
      const test = createSearchTest(query);
      return data.items.filter(
        (item) => (filter === 'all' || item.role !== null) && (documentId === null || item.task.documentId === documentId) && test(item.task.search),
      );
    },
    group(items) {
      return groupTasks(
        items.map((item) => ({ ...item.task, item })),
        localToday(),
      ).map(({ group, tasks }) => [group, tasks.map((t) => toListTask(t.item))]);
    },
    roleOf(task, recipients, unit) {
      return unit ? roleForUnit(task, unit, recipients) : null;
    },
  };
}

/** Subscribes the panel to settings, tasks and documents; every write anywhere updates it. */
export function usePanelData(store: PanelStore): PanelData {
  const [settings, setSettings] = useState<Settings>({ unit: null, language: 'vi' });
  const [items, setItems] = useState<TaskListItem[]>([]);
  const [documents, setDocuments] = useState<StoredDocument[]>([]);
  useEffect(() => {
    void getSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  useEffect(() => {
    const tasks = liveQuery(() => listTasks(store.db, { filter: 'all', unit: settings.unit })).subscribe({ next: setItems, error: console.error });
    const docs = liveQuery(() => listDocuments(store.db)).subscribe({ next: setDocuments, error: console.error });
    return () => {
      tasks.unsubscribe();
      docs.unsubscribe();
    };
  }, [store, settings.unit]);
  return { language: settings.language, unit: settings.unit, items, tasks: items, documents };
}
