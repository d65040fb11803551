import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** Real clients that read our files: LibreOffice (Word files) and poppler (PDF). Test helpers only. */

export function scratchDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `thidua-${prefix}-`));
}

/**
 * Converts .docx files to PDF with LibreOffice headless, in an isolated profile (one process for all the
 * files: starting LibreOffice is the slow part). Returns the PDF paths in the order given.
 */
export function libreOfficeToPdf(files: readonly string[], workDir: string): string[] {
  const out = join(workDir, 'lo');
  execFileSync(
    'soffice',
    [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${join(workDir, 'profile')}`,
      '--convert-to',
      'pdf',
      '--outdir',
      out,
      ...files,
    ],
    { env: { ...process.env, HOME: workDir }, timeout: 180_000, stdio: 'pipe' },
  );
  const made = new Set(readdirSync(out));
  return files.map((f) => {
    const name = basename(f).replace(/\.docx$/, '.pdf');
    if (!made.has(name)) throw new Error(`LibreOffice did not convert ${f}`);
    return join(out, name);
  });
}

export function pdfText(file: string, layout = false): string {
  return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
    timeout: 60_000,
  });
}

export interface FontRow {
  name: string;
  embedded: boolean;
}

export function pdfFonts(file: string): FontRow[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8', timeout: 60_000 }).split('\n').slice(2);
  return lines
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const cols = l.trim().split(/\s+/);
      // name type… encoding emb sub uni object ID: emb is the 5th column from the end.
      return { name: cols[0] ?? '', embedded: cols[cols.length - 5] === 'yes' };
    });
}

export interface PdfInfo {
  pages: number;
  width: number;
  height: number;
  paper: string;
}

export function pdfInfo(file: string): PdfInfo {
  const text = execFileSync('pdfinfo', [file], { encoding: 'utf8', timeout: 60_000 });
  const pages = /Pages:\s+(\d+)/.exec(text);
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts(?: \((\w+)\))?/.exec(text);
  if (!pages || !size) throw new Error(`pdfinfo: ${text}`);
  return { pages: Number(pages[1]), width: Number(size[1]), height: Number(size[2]), paper: size[3] ?? '' };
}

export interface Word {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  pageWidth: number;
  pageHeight: number;
}

/** Every word with its box, from `pdftotext -bbox` (points, origin top left). */
export function pdfWords(file: string): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  const words: Word[] = [];
  let page = 0;
  let pageWidth = 0;
  let pageHeight = 0;
  const re =
    /<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const m of html.matchAll(re)) {
    if (m[1] !== undefined) {
      page += 1;
      pageWidth = Number(m[1]);
      pageHeight = Number(m[2]);
    } else {
      words.push({
        page,
        text: decodeEntities(m[7] ?? ''),
        xMin: Number(m[3]),
        yMin: Number(m[4]),
        xMax: Number(m[5]),
        yMax: Number(m[6]),
        pageWidth,
        pageHeight,
      });
    }
  }
  return words;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/**
 * A throw-away PKCS#12 certificate made by openssl (self-signed RSA 2048, the given common name), for
 * signing tests. Returns the .p12 path, its passphrase and the certificate (PEM).
 */
export function testCertificate(
  workDir: string,
  commonName: string,
): { p12: string; passphrase: string; cert: string } {
  const key = join(workDir, 'key.pem');
  const cert = join(workDir, 'cert.pem');
  const p12 = join(workDir, 'signer.p12');
  const passphrase = 'mat-khau-chung-thu';
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '30',
      '-subj',
      `/C=VN/O=Hoi dong Thi dua - Khen thuong/CN=${commonName}`,
      '-utf8',
    ],
    { stdio: 'pipe', timeout: 60_000 },
  );
  execFileSync(
    'openssl',
    [
      'pkcs12',
      '-export',
      '-inkey',
      key,
      '-in',
      cert,
      '-out',
      p12,
      '-passout',
      `pass:${passphrase}`,
      // Algorithms node-forge reads (OpenSSL 3 defaults to AES-256 + PBKDF2, which it does not).
      '-keypbe',
      'PBE-SHA1-3DES',
      '-certpbe',
      'PBE-SHA1-3DES',
      '-macalg',
      'sha1',
    ],
    { stdio: 'pipe', timeout: 60_000 },
  );
  return { p12, passphrase, cert };
}

export interface SignatureCheck {
  valid: boolean;
  signer: string;
  output: string;
}

/** What poppler's pdfsig says of a PDF's first signature. */
export function pdfSignature(file: string): SignatureCheck {
  let output: string;
  try {
    output = execFileSync('pdfsig', [file], { encoding: 'utf8', timeout: 60_000 });
  } catch (error) {
    output = String((error as { stdout?: string }).stdout ?? error);
  }
  return {
    valid: /Signature Validation: Signature is Valid\./.test(output),
    signer: /Signer Certificate Common Name: (.+)/.exec(output)?.[1]?.trim() ?? '',
    output,
  };
}
