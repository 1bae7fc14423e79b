import { useState } from 'preact/hooks';
import type { Translate } from '../lib/i18n';

/** A text area to paste a directive into when the page cannot be read. */
export function PasteBox({ t, onExtract }: { t: Translate; onExtract: (text: string) => void }) {
  const [text, setText] = useState('');
  return (
    <section class="paste" aria-label={t('pasteTitle')}>
      <h2>{t('pasteTitle')}</h2>
      <p class="hint">{t('pasteHint')}</p>
      <textarea
        data-testid="paste-text"
        rows={8}
        value={text}
        onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
        aria-label={t('pasteTitle')}
      />
      <button type="button" data-testid="paste-extract" disabled={text.trim().length === 0} onClick={() => onExtract(text)}>
        {t('extract')}
      </button>
    </section>
  );
}
