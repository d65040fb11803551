import { open } from 'node:fs/promises';

// Evidence file types (SPEC §13: type limits). A file is accepted only when its extension is one of
// these AND its first bytes (and for Office files its inner structure) say it really is that type, so
// an executable renamed `.pdf` is refused whatever the browser claims as its MIME type.

type Signature = 'pdf' | 'ooxmlWord' | 'ooxmlSheet' | 'oleWord' | 'oleSheet' | 'jpeg' | 'png';

/** An accepted evidence type. */
export interface FileType {
  mime: string;
  label: string;
  signature: Signature;
}

/** The accepted extensions, with the MIME type the file is served with and what its content must be. */
export const EVIDENCE_TYPES: Record<string, FileType> = {
  pdf: { mime: 'application/pdf', label: 'PDF', signature: 'pdf' },
  docx: {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'Word (docx)',
    signature: 'ooxmlWord',
  },
  xlsx: {
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    label: 'Excel (xlsx)',
    signature: 'ooxmlSheet',
  },
  doc: { mime: 'application/msword', label: 'Word (doc)', signature: 'oleWord' },
  xls: { mime: 'application/vnd.ms-excel', label: 'Excel (xls)', signature: 'oleSheet' },
  jpg: { mime: 'image/jpeg', label: 'ảnh JPEG', signature: 'jpeg' },
  jpeg: { mime: 'image/jpeg', label: 'ảnh JPEG', signature: 'jpeg' },
  png: { mime: 'image/png', label: 'ảnh PNG', signature: 'png' },
};

/** The accepted types as a person reads them, for messages and the API description. */
export const ACCEPTED_LIST = 'PDF, Word (doc, docx), Excel (xls, xlsx), ảnh JPG, PNG';

/** The lower-case extension of a file name, or '' when it has none. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** Whether the stored file at `path` (of `size` bytes) really is of the type its extension claims. */
export async function contentMatches(path: string, size: number, type: FileType): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const read = async (position: number, length: number): Promise<Buffer> => {
      const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - position)));
      await handle.read(buffer, 0, buffer.length, position);
      return buffer;
    };
    const head = await read(0, 1024);
    switch (type.signature) {
      case 'pdf':
        // The PDF header may follow a few bytes of junk; readers look in the first 1024 bytes.
        return head.includes('%PDF-');
      case 'jpeg':
        return head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff;
      case 'png':
        return head.subarray(0, 8).equals(PNG);
      case 'ooxmlWord':
      case 'ooxmlSheet': {
        if (!head.subarray(0, 4).equals(ZIP)) return false;
        const names = await zipEntryNames(read, size);
        return names.has(type.signature === 'ooxmlWord' ? 'word/document.xml' : 'xl/workbook.xml');
      }
      case 'oleWord':
      case 'oleSheet': {
        if (!head.subarray(0, 8).equals(OLE)) return false;
        // The compound file's directory names its main stream in UTF-16: WordDocument, or Workbook/Book.
        const whole = await read(0, size);
        const has = (stream: string) => whole.includes(Buffer.from(stream, 'utf16le'));
        return type.signature === 'oleWord' ? has('WordDocument') : has('Workbook') || has('Book\u0000');
      }
    }
  } finally {
    await handle.close();
  }
}

/** The names in a ZIP file's central directory (empty when it cannot be read, e.g. ZIP64 or damaged). */
async function zipEntryNames(
  read: (position: number, length: number) => Promise<Buffer>,
  size: number,
): Promise<Set<string>> {
  const names = new Set<string>();
  const tailStart = Math.max(0, size - (22 + 0xffff));
  const tail = await read(tailStart, size - tailStart);
  const eocd = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd + 22 > tail.length) return names;
  const entries = tail.readUInt16LE(eocd + 10);
  const directorySize = tail.readUInt32LE(eocd + 12);
  const directoryOffset = tail.readUInt32LE(eocd + 16);
  if (directoryOffset + directorySize > size) return names;
  const directory = await read(directoryOffset, directorySize);
  let at = 0;
  for (let i = 0; i < entries && at + 46 <= directory.length; i++) {
    if (directory.readUInt32LE(at) !== 0x02014b50) break;
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    names.add(directory.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}
