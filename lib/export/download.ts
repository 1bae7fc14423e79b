/** A file to hand to the user: its name, MIME type and text (saved as UTF-8). */
export interface DownloadFile {
  name: string;
  type: string;
  text: string;
}

/**
 * Saves `file` through the browser's own download (a Blob URL on an `<a download>` clicked in the
 * extension page). No `downloads` permission is needed for that, and the browser's usual "Save as"
 * or downloads folder applies. The URL is revoked a minute later, once the download has read it.
 */
export function downloadFile(file: DownloadFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: `${file.type};charset=utf-8` }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
