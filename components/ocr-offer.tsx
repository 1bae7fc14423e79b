import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../lib/i18n';
import type { OcrProgress, OcrResult } from '../lib/read/files/ocr';
import type { PageRange } from '../lib/read/files/types';

export interface OcrOfferProps {
  t: Translate;
  /** The scanned file's name, as its attachment button shows it. */
  name: string;
  /** Runs OCR on the scan (the store's `ocrScan` on its bytes). */
  run: (options: { onProgress: (progress: OcrProgress) => void; signal: AbortSignal }) => Promise<OcrResult>;
  /** The recognised text: the panel opens the review, flagged as OCR text. */
  onText: (text: string, pages: PageRange[]) => void;
  /** True while OCR runs, so the panel holds other file reads back. */
  onRunning?: (running: boolean) => void;
}

type State =
  | { kind: 'offer' }
  | { kind: 'running'; progress: OcrProgress | null }
  | { kind: 'stopped' }
  | { kind: 'failed'; message: string };

/** "Đang nhận dạng trang 2/3…", or the model loading before the first page. */
function progressText(t: Translate, progress: OcrProgress | null): string {
  if (!progress || progress.status === 'loading') return t('ocrLoading');
  return `${t('ocrPage')} ${progress.page}/${progress.pages}…`;
}

/**
 * Says plainly that an attachment is a scan and offers to read it by OCR on this computer, with
 * an honest note on time and privacy; shows the page being read, lets the user stop, and says
 * what went wrong. Nothing is saved here: the text goes to the review like any other.
 */
export function OcrOffer({ t, name, run, onText, onRunning }: OcrOfferProps) {
  const [state, setState] = useState<State>({ kind: 'offer' });
  const controller = useRef<AbortController | null>(null);
  // Closing the offer (a new capture, another file) stops a running OCR.
  useEffect(() => () => controller.current?.abort(), []);

  const start = async () => {
    const abort = new AbortController();
    controller.current = abort;
    setState({ kind: 'running', progress: null });
    onRunning?.(true);
    try {
      const result = await run({ signal: abort.signal, onProgress: (progress) => !abort.signal.aborted && setState({ kind: 'running', progress }) });
      if (result.ok) {
        setState({ kind: 'offer' });
        onText(result.text, result.pages);
      } else setState(result.reason === 'cancelled' ? { kind: 'stopped' } : { kind: 'failed', message: result.message });
    } catch (error) {
      setState({ kind: 'failed', message: String((error as Error)?.message ?? error).slice(0, 300) });
    } finally {
      controller.current = null;
      onRunning?.(false);
    }
  };

  return (
    <section class="ocr-offer" data-testid="ocr-offer" aria-label={t('ocrRun')}>
      <p data-testid="ocr-scanned">
        <strong>{name}</strong>: {t('scanned')}
      </p>
      {state.kind === 'running' ? (
        <div class="ocr-progress" role="status" aria-live="polite">
          <progress max={1} value={state.progress?.progress ?? 0} />
          <span data-testid="ocr-progress">{progressText(t, state.progress)}</span>
          <button type="button" data-testid="ocr-stop" onClick={() => controller.current?.abort()}>
            {t('ocrStop')}
          </button>
        </div>
      ) : (
        <>
          <button type="button" class="primary" data-testid="ocr-run" onClick={() => void start()}>
            {t('ocrRun')}
          </button>
          <p class="hint">{t('ocrNote')}</p>
        </>
      )}
      {state.kind === 'stopped' && <p data-testid="ocr-stopped">{t('ocrStopped')}</p>}
      {state.kind === 'failed' && (
        <p class="error" role="alert" data-testid="ocr-error">
          {state.message}
        </p>
      )}
    </section>
  );
}
