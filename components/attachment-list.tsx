import type { Translate } from '../lib/i18n';

/** A file linked from the captured page, and whether the extension may fetch it yet. */
export interface AttachmentItem {
  url: string;
  label: string;
  /** False until the user lets the extension read the file's site. */
  allowed: boolean;
}

/**
 * The captured page's attachments as buttons. One whose site the extension may not read yet says
 * so ("Cho phép đọc văn bản trên trang này"): its click asks for that site, then reads the file.
 */
export function AttachmentList({
  t,
  items,
  busy,
  onPick,
}: {
  t: Translate;
  items: AttachmentItem[];
  busy: boolean;
  onPick: (item: AttachmentItem) => void;
}) {
  return (
    <section class="attachments" aria-label={t('attachments')} data-testid="attachments">
      <h2>{t('attachments')}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.url}>
            <button type="button" data-testid="attachment" data-url={item.url} title={item.url} disabled={busy} onClick={() => onPick(item)}>
              {item.allowed ? item.label : `${t('allowSite')}: ${item.label}`}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
