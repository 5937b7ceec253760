import type { Middleware } from 'openapi-fetch';

/**
 * What the server accepts (`safereturn.documents.*` in the backend's application.properties),
 * checked before sending so that nobody waits for a large upload to be refused. The server stays
 * the judge: 413 document.too-large, 415 document.unsupported-type.
 */
export const DOCUMENT_LIMITS = {
  maxBytes: 10 * 1024 * 1024,
  mediaTypes: ['application/pdf', 'image/jpeg', 'image/png'] as readonly string[],
  /** The server refuses longer file names. */
  maxNameLength: 255,
};

const TYPE_BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

/** The file's media type, which goes as the upload's Content-Type; from its name when the browser gives none. */
export function mediaTypeOf(file: File): string {
  if (file.type) return file.type.toLowerCase();
  const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  return TYPE_BY_EXTENSION[extension] ?? '';
}

/**
 * The client asks every call for JSON; the content is a PDF or an image, which the server would
 * refuse to send to a JSON-only Accept (406). Runs after the client's own middleware.
 */
export const acceptAnyType: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept', '*/*');
    return request;
  },
};

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
