import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  MARGINS_MM,
  PT_PER_MM,
  buildScoreTable,
  cell,
  heading,
  para,
  renderDocx,
  renderPdf,
  runs,
  type OfficialDocument,
} from '../src/index';
import { libreOfficeToPdf, pdfFonts, pdfInfo, pdfText, pdfWords, scratchDir, type Word } from './clients';
import { loadFonts, sampleScoreTable } from './sample';

/** Every Vietnamese vowel with every tone mark, both cases, and đ/Đ (NFC): 134 letters. */
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const LETTERS = [...VOWELS.flatMap((v) => TONES.map((t) => (v + t).normalize('NFC'))), 'đ'].flatMap((l) => [
  l,
  l.toUpperCase(),
]);

function minutesLike(): OfficialDocument {
  return {
    title: 'Biên bản thử',
    orientation: 'portrait',
    header: {
      parentBody: 'Ủy ban nhân dân tỉnh Hải Hà',
      issuingBody: 'Hội đồng Thi đua - Khen thưởng',
      reference: { number: '7', symbol: 'BB-HĐTĐKT' },
      place: 'Hải Hà',
      date: { year: 2026, month: 3, day: 9 },
    },
    documentType: 'Biên bản',
    summary: ['Họp xét đề nghị khen thưởng năm 2026'],
    body: [
      heading('I. Thành phần tham dự'),
      para('Các chữ cái tiếng Việt: ' + SYLLABLES),
      runs([
        { text: 'Kết luận: ', bold: true },
        { text: 'Hội nghị thống nhất đề nghị tặng Cờ thi đua với 996,4 điểm.' },
      ]),
      ...Array.from({ length: 30 }, (_, i) =>
        para(
          `Đoạn ${i + 1}: ý kiến thảo luận của các đại biểu về kết quả chấm điểm, xếp hạng của từng đơn vị trong cụm.`,
        ),
      ),
      {
        kind: 'table',
        columns: [{ width: 1, align: 'center' }, { width: 6 }, { width: 2, align: 'right' }],
        header: [[cell('STT'), cell('Đơn vị'), cell('Số phiếu')]],
        rows: Array.from({ length: 40 }, (_, i) => [
          cell(String(i + 1)),
          cell(`Xã Ỷ La ${i + 1}`),
          cell(String(40 - i)),
        ]),
      },
    ],
    signatures: [
      { title: 'Thư ký', name: 'Trần Văn Bình' },
      { authority: 'TM. Hội đồng', title: 'Chủ tịch', name: 'Lê Thị Ngọc Ánh' },
    ],
    recipients: ['Như trên;', 'Lưu: VT.'],
    annexes: [
      {
        title: 'Phụ lục',
        caption: ['Danh sách đơn vị', '(Kèm theo Biên bản số 7/BB-HĐTĐKT)'],
        body: [para('Nội dung phụ lục.')],
      },
    ],
  };
}

/**
 * Every letter in a syllable (`tà`, `TÀ`): poppler joins runs of one-letter words whatever the spacing,
 * so the letters are checked one by one and as words.
 */
const SYLLABLES = LETTERS.map((l) => (l === l.toUpperCase() ? `T${l}` : `t${l}`)).join(' ');

const DOCS = { score: buildScoreTable(sampleScoreTable(45)), minutes: minutesLike() };
type Name = keyof typeof DOCS;
const ours = {} as Record<Name, string>;
const converted = {} as Record<Name, string>;

beforeAll(async () => {
  const dir = scratchDir('documents');
  const fonts = loadFonts();
  const docx: string[] = [];
  for (const [name, doc] of Object.entries(DOCS) as [Name, OfficialDocument][]) {
    ours[name] = join(dir, `${name}.pdf`);
    writeFileSync(ours[name], await renderPdf(doc, { fonts }));
    const file = join(dir, `${name}.docx`);
    writeFileSync(file, await renderDocx(doc));
    docx.push(file);
  }
  const pdfs = libreOfficeToPdf(docx, dir);
  (Object.keys(DOCS) as Name[]).forEach((name, i) => (converted[name] = pdfs[i]!));
}, 240_000);

const flat = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ');

describe('Word files, opened by LibreOffice', () => {
  it('converts the score table with every unit, its numbers the Vietnamese way, and the signer', () => {
    const text = flat(pdfText(converted.score));
    for (const u of sampleScoreTable(45).units) expect(text).toContain(u.name);
    expect(text).toContain('996,4');
    expect(text).toContain('992,75');
    expect(text).toContain('Nguyễn Thị Thu Hằng');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('Hải Hà, ngày 05 tháng 02 năm 2026');
    expect(text).toContain('Nơi nhận:');
  });

  it('keeps A4 landscape for the wide table and A4 portrait for the minutes', () => {
    const score = pdfInfo(converted.score);
    expect(score.width).toBeCloseTo(841.89, 0);
    expect(score.height).toBeCloseTo(595.3, 0);
    const minutes = pdfInfo(converted.minutes);
    expect(minutes.width).toBeCloseTo(595.3, 0);
    expect(minutes.height).toBeCloseTo(841.89, 0);
    expect(minutes.pages).toBeGreaterThan(2);
  });

  it('repeats the table header on the next page and numbers pages from page 2', () => {
    const words = pdfWords(converted.score);
    const pages = new Set(words.map((w) => w.page));
    expect(pages.size).toBeGreaterThan(1);
    for (const page of pages) {
      expect(words.some((w) => w.page === page && w.text === 'Xếp')).toBe(true);
    }
    const topWord = (page: number) => words.filter((w) => w.page === page).sort((a, b) => a.yMin - b.yMin)[0];
    expect(topWord(2)?.text).toBe('2');
    expect(topWord(1)?.text).not.toBe('1');
  });

  it('keeps the text within the left and right margins', () => {
    expectWithinMargins(pdfWords(converted.minutes), 1.5);
  });

  it('writes every Vietnamese letter with every tone mark', () => {
    const text = flat(pdfText(converted.minutes));
    for (const letter of LETTERS) expect(text, letter).toContain(letter);
  });
});

describe('our PDF files, read by poppler', () => {
  it('embeds every font it uses', () => {
    for (const file of Object.values(ours)) {
      const fonts = pdfFonts(file);
      expect(fonts.length).toBeGreaterThan(0);
      for (const f of fonts) expect(f, f.name).toMatchObject({ embedded: true });
      expect(fonts.every((f) => f.name.includes('Tinos'))).toBe(true);
    }
  });

  it('returns every Vietnamese letter with every tone mark as text', () => {
    const text = flat(pdfText(ours.minutes));
    for (const letter of LETTERS) expect(text, letter).toContain(letter);
    expect(text).toContain('Các chữ cái tiếng Việt: ' + SYLLABLES);
  });

  it('is A4, landscape only for the wide table', () => {
    expect(pdfInfo(ours.score)).toMatchObject({ paper: 'A4' });
    expect(pdfInfo(ours.score).width).toBeCloseTo(841.89, 1);
    expect(pdfInfo(ours.minutes)).toMatchObject({ paper: 'A4' });
    expect(pdfInfo(ours.minutes).width).toBeCloseTo(595.28, 1);
  });

  it('keeps every word inside the decree margins, the page number alone centred in the top margin from page 2', () => {
    for (const file of Object.values(ours)) {
      const words = pdfWords(file);
      const top = MARGINS_MM.top * PT_PER_MM;
      const numbers = words.filter((w) => w.yMax <= top);
      const pages = Math.max(...words.map((w) => w.page));
      expect(numbers.map((w) => `${w.page}:${w.text}`)).toEqual(
        Array.from({ length: pages - 1 }, (_, i) => `${i + 2}:${i + 2}`),
      );
      for (const n of numbers) expect((n.xMin + n.xMax) / 2).toBeCloseTo(n.pageWidth / 2, 0);
      expectWithinMargins(
        words.filter((w) => w.yMax > top),
        0.5,
      );
      const body = words.filter((w) => w.yMax > top);
      expect(Math.min(...body.map((w) => w.yMin))).toBeGreaterThanOrEqual(top - 0.5);
      for (const w of body)
        expect(w.yMax).toBeLessThanOrEqual(w.pageHeight - MARGINS_MM.bottom * PT_PER_MM + 0.5);
    }
  });

  it('starts the text at the left margin (30 mm) and reaches the right one (15 mm)', () => {
    const words = pdfWords(ours.minutes);
    const left = Math.min(...words.map((w) => w.xMin));
    expect(left).toBeCloseTo(MARGINS_MM.left * PT_PER_MM, 0);
    const right = Math.max(...words.map((w) => w.xMax));
    expect(right).toBeGreaterThan(words[0]!.pageWidth - MARGINS_MM.right * PT_PER_MM - 6);
  });

  it('prints the place and date in the header and the numbers of the score table', () => {
    const text = flat(pdfText(ours.score));
    expect(text).toContain('Hải Hà, ngày 05 tháng 02 năm 2026');
    expect(text).toContain('Bộ tiêu chí: phiên bản 2');
    for (const u of sampleScoreTable(45).units) expect(text).toContain(u.name);
    expect(text).toContain('996,4');
  });
});

function expectWithinMargins(words: readonly Word[], tolerance: number): void {
  const left = MARGINS_MM.left * PT_PER_MM - tolerance;
  for (const w of words) {
    expect(w.xMin, w.text).toBeGreaterThanOrEqual(left);
    expect(w.xMax, w.text).toBeLessThanOrEqual(w.pageWidth - MARGINS_MM.right * PT_PER_MM + tolerance);
  }
}
