// Files in the browser: a chosen file as Base64 for the API's upload input, and a download of bytes the page holds
// (the template from the API, the table of errors).

/** The file's bytes as Base64 (the API's ReferralImportFileInput.contentBase64). */
export async function fileAsBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // In slices: String.fromCharCode with a whole 5 MB file's bytes as arguments would overflow the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function base64Bytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Saves bytes (or Base64) under a file name, as a link with `download` would. */
export function saveFile(
  fileName: string,
  mimeType: string,
  content: Uint8Array<ArrayBuffer> | string,
): void {
  const bytes = typeof content === 'string' ? base64Bytes(content) : content;
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the object URL; release it once the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** RFC 4180 cell: quoted when it holds a comma, a quote or a line break. */
function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A CSV that Excel in Japan opens as it is: UTF-8 with a byte order mark, CRLF line ends. */
export function csvWithBom(rows: string[][]): Uint8Array<ArrayBuffer> {
  const text = rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
  const body = new TextEncoder().encode(text);
  const bytes = new Uint8Array(body.length + 3);
  bytes.set([0xef, 0xbb, 0xbf]);
  bytes.set(body, 3);
  return bytes;
}
