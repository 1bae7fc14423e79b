import type { InboxDoc } from '../lib/capture';
import type { Translate } from '../lib/i18n';

/**
 * The documents an e-office page names (a list page's rows, or the one document of a detail
 * page), each with "Đọc văn bản": its click finds the directive among the document's files and
 * reads it. While the extension may not read the site yet, the button says so and asks first.
 */
export function DocumentRows({
  t,
  docs,
  allowed,
  busy,
  onRead,
}: {
  t: Translate;
  docs: readonly InboxDoc[];
  allowed: boolean;
  busy: boolean;
  onRead: (doc: InboxDoc) => void;
}) {
  return (
    <section class="document-rows" aria-label={t('inboxDocuments')} data-testid="document-rows">
      <h2>{t('inboxDocuments')}</h2>
      <ul>
        {docs.map((doc) => (
          <li key={doc.id} data-testid="document-row" data-id={doc.id}>
            <span class="doc-number">{doc.number || doc.id}</span> <span class="doc-subject">{doc.subject}</span>
            <button type="button" data-testid="read-document" disabled={busy} onClick={() => onRead(doc)}>
              {allowed ? t('readDocument') : `${t('allowSite')}: ${t('readDocument')}`}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
