/**
 * How a false-alarm report leaves the card, each by the clinician's own click: the clipboard, a
 * text file, or their e-mail program. Links are clicked while detached from the page, so the
 * page's own click listeners never see them.
 */

/** Copies `text`; falls back to selecting `fallback` and the copy command where the clipboard API is refused. */
export async function copyText(text: string, fallback: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!fallback) return false;
    fallback.select();
    return fallback.ownerDocument.execCommand('copy');
  }
}

function clickDetached(doc: Document, href: string, download?: string): void {
  const a = doc.createElement('a');
  a.href = href;
  if (download) a.download = download;
  a.click();
}

/** Saves `text` as a plain-text file through the browser's download. */
export function saveTextFile(doc: Document, text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  clickDetached(doc, url, name);
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Opens the clinician's e-mail program with the report written in (nothing is sent until they send it). */
export function openMailto(doc: Document, mailto: string): void {
  clickDetached(doc, mailto);
}
