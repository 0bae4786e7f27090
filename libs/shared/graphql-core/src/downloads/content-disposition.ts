// Content-Disposition for a download with a Japanese file name (RFC 6266): an ASCII `filename` for old clients and
// `filename*` in UTF-8 percent-encoding (RFC 5987 / 8187), which browsers prefer.

/** RFC 5987 ext-value: UTF-8, percent-encoded except attr-char (ALPHA / DIGIT / !#$&+-.^_`|~). */
export function rfc5987Encode(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Only printable ASCII, no quotes or backslashes: safe inside the quoted `filename`. */
export function asciiFallback(value: string): string {
  const ascii = value.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return ascii.trim() || 'download';
}

export function attachmentDisposition(fileName: string, asciiFileName: string): string {
  return `attachment; filename="${asciiFallback(asciiFileName)}"; filename*=UTF-8''${rfc5987Encode(fileName)}`;
}
