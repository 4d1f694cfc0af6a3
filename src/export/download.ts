/** Hands a file to the browser's download manager. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is ample for it to start.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const MIME = {
  png: 'image/png',
  svg: 'image/svg+xml;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
  zip: 'application/zip',
} as const;
