/** What the global setup hands every browser test (see global-setup.ts). */
export interface E2eContext {
  /** Chromium executable. */
  chromium: string;
  /** The e2e build (`.output/chrome-mv3-e2e`) and the normal one (`.output/chrome-mv3`). */
  e2eExtension: string;
  productionExtension: string;
  /** Demo inbox: `http://127.0.0.1:<port>`, its list page, its page without a directive. */
  origin: string;
  inboxUrl: string;
  noDirectiveUrl: string;
  docs: { flyid: string; stem: string; url: string }[];
  /** flyid of the document served with each kind of generated file (lib/demo/demo-files.ts). */
  fileDocs: Record<import('../../lib/demo/demo-files').DemoFileKind, string>;
  /** The newer iOffice imitation's waiting list. */
  newAppListUrl: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: E2eContext;
  }
}
