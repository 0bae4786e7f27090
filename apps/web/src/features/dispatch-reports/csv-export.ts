import type { DispatchReportInput } from '../../gql/graphql';
import type { ApiErrorInfo } from '../../shared/api-errors';

/** The file's name from `Content-Disposition` (`filename*=UTF-8''…` first, then `filename="…"`), or the fallback. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (encoded) {
    try {
      return decodeURIComponent(encoded[1].trim());
    } catch {
      // A malformed name: the plain one, or the fallback.
    }
  }
  const plain = /filename\s*=\s*"([^"]+)"/i.exec(disposition);
  return plain ? plain[1] : fallback;
}

/** What the export refused, shaped as the GraphQL errors are (the same fields, the API's Japanese messages). */
function refusalOf(body: unknown): ApiErrorInfo | null {
  if (typeof body !== 'object' || body === null) return null;
  const record = body as Record<string, unknown>;
  const fields = Array.isArray(record['fields']) ? (record['fields'] as ApiErrorInfo['fields']) : [];
  return {
    code: typeof record['code'] === 'string' ? record['code'] : null,
    reason: typeof record['reason'] === 'string' ? record['reason'] : null,
    message: typeof record['message'] === 'string' ? record['message'] : null,
    fields,
    retryAfterSeconds: null,
  };
}

function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started; the object URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The report in the form's layout as the API writes it (UTF-8 with a byte order mark), saved under the API's name;
 * the session cookie signs the request in (same origin). Resolves to the API's refusal, or null when saved.
 */
export async function downloadReportCsv(
  input: DispatchReportInput,
  fallbackName: string,
): Promise<ApiErrorInfo | null> {
  const response = await fetch('/jobcard/exports/dispatch-report.csv', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null);
    return (
      refusalOf(body) ?? { code: null, reason: null, message: null, fields: [], retryAfterSeconds: null }
    );
  }
  save(await response.blob(), fileNameOf(response.headers.get('content-disposition'), fallbackName));
  return null;
}
