/** Fetch wrapper: JSON in and out, cookies included, problem+json turned into ApiError. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly body: Record<string, unknown>,
  ) {
    super(detail);
  }
}

/** The problem+json of a failed response as an ApiError (a body that is not JSON gives the status text). */
async function problemOf(res: Response): Promise<ApiError> {
  const data = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  return new ApiError(res.status, String(data.code ?? 'ERROR'), String(data.detail ?? res.statusText), data);
}

export async function api<T>(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const res = await fetch(url, {
    method,
    credentials: 'same-origin',
    headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status === 204) return undefined as T;
  if (!res.ok) throw await problemOf(res);
  return (await res.json().catch(() => ({}))) as T;
}

/** Sends one file as multipart field "file" (the browser sets the boundary) and reads the JSON answer. */
export async function apiUpload<T>(url: string, file: Blob, name?: string): Promise<T> {
  const form = new FormData();
  form.append('file', file, name ?? (file instanceof File ? file.name : 'file'));
  const res = await fetch(url, { method: 'POST', credentials: 'same-origin', body: form });
  if (!res.ok) throw await problemOf(res);
  return (await res.json()) as T;
}

/** The file name of a content-disposition header (RFC 5987 `filename*` first). */
function fileNameOf(header: string | null): string | null {
  if (!header) return null;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star) {
    try {
      return decodeURIComponent(star[1]!);
    } catch {
      return star[1]!;
    }
  }
  return /filename="?([^";]+)"?/i.exec(header)?.[1] ?? null;
}

/** Downloads bytes (a PDF, a spreadsheet) with the session cookie; errors arrive as ApiError like JSON calls. */
export async function apiBlob(url: string): Promise<{ blob: Blob; name: string | null }> {
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) throw await problemOf(res);
  return { blob: await res.blob(), name: fileNameOf(res.headers.get('content-disposition')) };
}
