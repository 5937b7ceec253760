/**
 * Saves a fetched file under its name through a temporary object URL, so that a download that
 * needs the bearer token never puts the token (or the file) in an address of its own.
 */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Some browsers read the URL after click() returns: let go of the file a little later.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
