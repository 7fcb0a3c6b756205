/** Triggers a browser download of generated content. */
import { el } from '../dom';

export function download(filename: string, content: Blob): void {
  const url = URL.createObjectURL(content);
  const a = el('a', { attrs: { href: url, download: filename } });
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function stamp(date = new Date()): string {
  return date.toISOString().slice(0, 19).replace(/[:T]/g, '-');
}
