import { deflateSync } from 'node:zlib';

// Real bytes for the demo's evidence files, so a demo user who opens one sees a document, not a 404.
// Both are built by hand (no PDF or image library on the server): a one-page PDF with a few lines of
// text and a PNG chart of bars. Each is unique to its unit and criterion, as real uploads are.

/** Vietnamese text without diacritics: the standard PDF fonts have no glyphs for them. */
export function asciiFold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]/g, '?');
}

const pdfString = (text: string) => `(${asciiFold(text).replace(/[\\()]/g, (c) => `\\${c}`)})`;

/** A valid one-page A4 PDF (Helvetica) with a title and lines of text. */
export function demoPdf(title: string, lines: string[]): Buffer {
  const text = [
    'BT /F1 16 Tf 56 780 Td',
    `${pdfString(title)} Tj`,
    '/F1 11 Tf 0 -28 Td',
    ...lines.flatMap((line) => [`${pdfString(line)} Tj`, '0 -16 Td']),
    'ET',
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(text, 'latin1')} >>\nstream\n${text}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** A 480×270 PNG: a bar chart of `values` (0–100), as a photographed or exported figure would be. */
export function demoPng(values: number[]): Buffer {
  const width = 480;
  const height = 270;
  const barWidth = Math.floor((width - 40) / Math.max(values.length, 1));
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3, 0xff);
    row[0] = 0; // no filter
    for (let x = 0; x < width; x++) {
      const bar = Math.floor((x - 20) / barWidth);
      const inBar = x >= 20 && bar < values.length && (x - 20) % barWidth < barWidth - 8;
      const top = height - 20 - Math.round(((values[bar] ?? 0) / 100) * (height - 40));
      const axis = y === height - 20 || x === 20;
      const [r, g, b] = axis
        ? [60, 60, 60]
        : inBar && y >= top && y < height - 20
          ? [22, 119, 255]
          : [255, 255, 255];
      row.writeUInt8(r, 1 + x * 3);
      row.writeUInt8(g, 2 + x * 3);
      row.writeUInt8(b, 3 + x * 3);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(2, 9); // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
