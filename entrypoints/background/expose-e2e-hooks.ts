import { browser } from 'wxt/browser';
import type { CaptureRecords } from '../../lib/db/types';
import { captureFromGesture } from './capture-from-gesture';
import { captureTab } from './capture-tab';

/** Name of the global the browser tests call through `serviceWorker.evaluate`. */
export const E2E_HOOKS_GLOBAL = '__nhacViecE2E';

/** The hooks, as the tests and the benchmark see them. */
export interface E2eHooks {
  /** What a toolbar click on `tabId` does. */
  toolbarClick(tabId: number): Promise<unknown>;
  captureTab: typeof captureTab;
  /**
   * Saves captures as the side panel does (`saveCapture`, validated, one transaction each) into
   * the extension's database; returns how many were new. The benchmark seeds its list this way.
   */
  saveCaptures(captures: CaptureRecords[]): Promise<number>;
}

/**
 * E2E build only (`wxt build --mode e2e`; the call is compiled out of the normal build): exposes
 * the functions the toolbar, shortcut and menu handlers call, so tests can drive the same path
 * without a real toolbar click, and a way to fill the database without capturing page by page.
 */
export function exposeE2eHooks(): void {
  // Loaded here, not at the top of the file, so the normal build (which drops this function) has no
  // database code; and now, at the worker's start, not in a hook: code a test evaluates in the
  // worker may use eval, so Zod, set up there, would compile parsers the worker's CSP then refuses.
  const database = Promise.all([import('../../lib/db/capture'), import('../../lib/db/database')]);
  const hooks: E2eHooks = {
    toolbarClick: async (tabId) => captureFromGesture(await browser.tabs.get(tabId)),
    captureTab,
    async saveCaptures(captures) {
      const [{ saveCapture }, { createDatabase }] = await database;
      const db = createDatabase();
      try {
        let created = 0;
        for (const records of captures) if ((await saveCapture(db, records)).created) created++;
        return created;
      } finally {
        db.close();
      }
    },
  };
  Object.assign(globalThis, { [E2E_HOOKS_GLOBAL]: hooks });
}
