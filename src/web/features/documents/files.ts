/** Showing and saving bytes fetched with the session cookie: PDFs open in a new tab from a blob URL. */

/** Saves a blob under a file name through a temporary link. */
export function saveBlob(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/**
 * Opens a file (a PDF, a scanned image) in a new tab, where the browser's viewer prints it. The tab is opened before the bytes
 * are fetched, while the click still counts as the user's, so no pop-up blocker stops it; when one
 * does anyway, the file is saved instead and `false` returned.
 */
export async function openFile(load: () => Promise<{ blob: Blob; name: string | null }>, fallbackName: string): Promise<boolean> {
  const tab = window.open('', '_blank');
  if (tab) tab.opener = null;
  try {
    const { blob, name } = await load();
    const typed = blob.type ? blob : new Blob([blob], { type: 'application/pdf' });
    if (!tab || tab.closed) {
      saveBlob(typed, name ?? fallbackName);
      return false;
    }
    const url = URL.createObjectURL(typed);
    tab.location.href = url;
    // The tab keeps its own copy once loaded; a minute is ample for a slow machine.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return true;
  } catch (e) {
    tab?.close();
    throw e;
  }
}
