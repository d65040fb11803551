import { ApiError } from './client';
import { vi } from '../i18n/vi';

// Files in and out of the API: one multipart upload (field `file`) and the bytes of a stored file, with
// the server's refusals as ApiError (evidence of a score, the components of an award dossier).

/** Sends one file as multipart/form-data (field `file`) to `url` under /api/v1. */
export async function uploadFile<T>(url: string, file: File, csrfToken: string): Promise<T> {
  const form = new FormData();
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(`/api/v1${url}`, {
      method: 'POST',
      body: form,
      credentials: 'same-origin',
      headers: { 'x-csrf-token': csrfToken, accept: 'application/json' },
    });
  } catch {
    throw new ApiError(0, 'NETWORK', vi.errors.network);
  }
  const payload = (await response.json().catch(() => undefined)) as unknown;
  if (response.ok) return payload as T;
  throw errorOf(response.status, payload);
}

/** The bytes of a stored file under /api/v1, for an inline preview or a download under its own name. */
export async function fetchFile(url: string): Promise<Blob> {
  const response = await fetch(`/api/v1${url}`, { credentials: 'same-origin' });
  if (!response.ok) {
    throw errorOf(response.status, (await response.json().catch(() => undefined)) as unknown);
  }
  return response.blob();
}

function errorOf(status: number, payload: unknown): ApiError {
  const error = (payload as { error?: { code?: unknown; message?: unknown; fields?: unknown } } | undefined)
    ?.error;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    const fields = Array.isArray(error.fields)
      ? (error.fields as { path: string; message: string }[]).filter(
          (f) => typeof f?.path === 'string' && typeof f.message === 'string',
        )
      : [];
    return new ApiError(status, error.code, error.message, fields);
  }
  if (status === 413) return new ApiError(status, 'FILE_TOO_LARGE', 'Tệp quá lớn');
  return new ApiError(status, 'BAD_RESPONSE', vi.errors.unexpected);
}
