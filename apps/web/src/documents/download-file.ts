import { csrfHeaders } from '../api/client';

/**
 * Downloads a file of the API with the session cookie under the name the server gives it. A refusal
 * throws the server's Vietnamese message (never an error page saved as a file).
 */
export async function downloadApiFile(
  path: string,
  query: Record<string, string>,
  fallbackName: string,
  failed: string,
  /** A file made by a write (POST with this JSON body and the session's CSRF token). */
  post?: unknown,
): Promise<void> {
  const params = new URLSearchParams(query);
  const search = params.size > 0 ? `?${params.toString()}` : '';
  let response: Response;
  try {
    response = await fetch(
      `/api/v1${path}${search}`,
      post === undefined
        ? { credentials: 'same-origin' }
        : {
            method: 'POST',
            credentials: 'same-origin',
            headers: { 'content-type': 'application/json', ...csrfHeaders() },
            body: JSON.stringify(post),
          },
    );
  } catch {
    throw new Error(failed);
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? failed);
  }
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName(response.headers.get('content-disposition')) ?? fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The UTF-8 file name of `filename*=UTF-8''…`, else the plain one. */
function fileName(disposition: string | null): string | null {
  if (!disposition) return null;
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (utf8) return decodeURIComponent(utf8);
  return /filename="([^"]+)"/i.exec(disposition)?.[1] ?? null;
}
