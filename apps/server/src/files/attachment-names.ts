// File names of evidence as people gave them (Vietnamese, with diacritics), made safe to store and to
// send back in a Content-Disposition header.

const MAX_NAME = 200;

/** Control characters (a name is shown and sent in headers) and characters Windows refuses in names. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f"<>|:*?]/g;

/**
 * The name to keep for an upload: the last path segment only (browsers on Windows send `C:\…`), NFC,
 * without control or reserved characters, at most 200 characters with the extension kept.
 */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const cleaned = base.normalize('NFC').replace(UNSAFE, '').trim();
  if (cleaned.length <= MAX_NAME) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const ext = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : '';
  return cleaned.slice(0, MAX_NAME - ext.length) + ext;
}

/**
 * `attachment` with the original name: an ASCII fallback (diacritics dropped) for old clients and the
 * exact UTF-8 name in `filename*` (RFC 6266 / RFC 5987).
 */
export function attachmentHeader(name: string): string {
  const fallback = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
