import type { MultipartFile } from '@fastify/multipart';
import type { ServerConfig } from '../config';
import { AppError } from '../http/errors';
import { textProblem } from '../http/schemas';
import { cleanFileName } from './attachment-names';
import { discardFile, type ReceivedFile, receiveFile } from './blob-store';
import { ACCEPTED_LIST, contentMatches, EVIDENCE_TYPES, extensionOf, type FileType } from './file-types';

// One uploaded file, received and checked the same way wherever the product takes files (evidence of a
// score, the components of an award dossier): its name, its type by extension and by content, its size,
// and exactly one file per request.

/** A file stored in a temporary place, checked, with its cleaned name and type; the caller commits it. */
export interface CheckedUpload {
  received: ReceivedFile;
  originalName: string;
  ext: string;
  type: FileType;
}

const fileField = (message: string) => [{ path: 'body.file', message }];

/**
 * A name whose bytes were not UTF-8 (a lone surrogate sent as ED A0 80, a legacy code page) reaches us
 * with U+FFFD where the bytes could not be read: refused rather than kept as a different name.
 */
const undecodedNameProblem = (name: string): string | null =>
  name.includes('\ufffd') ? 'chứa ký tự không đọc được (tên tệp không mã hóa UTF-8)' : null;

/**
 * Receives the request's one multipart file (`what` names it in messages: "minh chứng"): refused by name
 * (400/413/415 naming `body.file`) before or after streaming it to a temporary file, which is discarded
 * on refusal. The caller links it in its transaction, commits it, and discards the temporary file.
 */
export async function receiveOneUpload(
  config: ServerConfig,
  parts: AsyncIterator<MultipartFile>,
  what: string,
): Promise<CheckedUpload> {
  const first = await parts.next();
  const part = first.done ? undefined : first.value;
  if (!part) throw new AppError('VALIDATION', `Chưa chọn tệp ${what}`, fileField('thiếu tệp'));
  // A bidi override would make `\u202egnp.pdf` display as `fdp.png`: refused, never kept (control
  // characters are only dropped by cleanFileName, as before).
  const nameProblem =
    // eslint-disable-next-line no-control-regex
    textProblem(part.filename.replace(/[\u0000-\u001f\u007f]/g, '')) ?? undecodedNameProblem(part.filename);
  if (nameProblem) {
    part.file.resume();
    throw new AppError('VALIDATION', `Tên tệp ${nameProblem}`, fileField(`tên tệp ${nameProblem}`));
  }
  const originalName = cleanFileName(part.filename);
  const ext = extensionOf(originalName);
  const type = EVIDENCE_TYPES[ext];
  if (!type) {
    part.file.resume();
    const got = ext ? `.${ext}` : 'tệp không có đuôi';
    throw new AppError(
      'FILE_TYPE',
      `Chỉ nhận tệp ${ACCEPTED_LIST} (nhận được ${got})`,
      fileField(`loại tệp không được chấp nhận (${got})`),
    );
  }
  const received = await receiveFile(part.file, config.filesDir);
  try {
    await checkReceived(received, part, config, type, ext);
    if (await anotherFile(parts))
      throw new AppError(
        'VALIDATION',
        `Mỗi lần chỉ gửi một tệp ${what}`,
        fileField('chỉ gửi một tệp mỗi lần'),
      );
    return { received, originalName, ext, type };
  } catch (error) {
    await discardFile(received.tempPath);
    throw error;
  }
}

/**
 * Whether the request carries a file after the first: one upload is one file, never silently the first
 * of several. The multipart limit (one file) answers a second with FST_FILES_LIMIT.
 */
async function anotherFile(parts: AsyncIterator<MultipartFile>): Promise<boolean> {
  try {
    const next = await parts.next();
    if (next.done) return false;
    next.value.file.resume();
    return true;
  } catch (error) {
    if ((error as { code?: unknown }).code === 'FST_FILES_LIMIT') return true;
    throw error;
  }
}

async function checkReceived(
  received: ReceivedFile,
  part: MultipartFile,
  config: ServerConfig,
  type: FileType,
  ext: string,
): Promise<void> {
  if (part.file.truncated) {
    const message = `tệp vượt quá giới hạn ${sizeText(config.maxUploadBytes)}`;
    throw new AppError('FILE_TOO_LARGE', `Tệp quá lớn: ${message}`, fileField(message));
  }
  if (received.sizeBytes === 0) throw new AppError('VALIDATION', 'Tệp rỗng', fileField('tệp rỗng'));
  if (!(await contentMatches(received.tempPath, received.sizeBytes, type))) {
    throw new AppError(
      'FILE_TYPE',
      `Nội dung tệp không phải ${type.label} dù tệp có đuôi .${ext}`,
      fileField(`nội dung tệp không phải ${type.label} (đuôi .${ext})`),
    );
  }
}

/** A limit as people read it: `20 MB`, or bytes when it is not a whole number of megabytes. */
function sizeText(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  return Number.isInteger(mb) && mb > 0 ? `${mb} MB` : `${bytes} byte`;
}
