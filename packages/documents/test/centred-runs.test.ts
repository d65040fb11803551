import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type OfficialDocument, para, renderPdf, runs } from '../src/index';
import { pdfWords, scratchDir, type Word } from './clients';
import { loadFonts } from './sample';

// A centred paragraph of several runs ("Kính gửi:" in italics, then the addressees) was drawn by pdfkit
// run by run, each placed on its own: on a wrapped line "Kính gửi:" landed on top of the addressees
// (seen in the registration form, Phụ lục 01). pdftotext's word boxes show whether words overlap.

function letter(paragraphs: OfficialDocument['body']): OfficialDocument {
  return {
    title: 'Thử căn giữa',
    orientation: 'portrait',
    header: {
      issuingBody: 'Phường Bắc Thành',
      reference: { symbol: 'ĐKTĐ' },
      place: 'Hải Hà',
      date: { year: 2026, month: 3, day: 30 },
    },
    documentType: 'Đăng ký tham gia thi đua năm 2026',
    summary: [],
    body: paragraphs,
    signatures: [{ title: 'Chủ tịch', name: 'Nguyễn Văn An' }],
    recipients: [],
  };
}

/** Words of the line that holds `first`, left to right. */
function lineOf(words: Word[], first: string): Word[] {
  const anchor = words.find((w) => w.text === first);
  expect(anchor, first).toBeDefined();
  return words
    .filter((w) => w.page === anchor!.page && Math.abs(w.yMin - anchor!.yMin) < 2)
    .sort((a, b) => a.xMin - b.xMin);
}

describe('a centred paragraph of several runs in the PDF', () => {
  it('draws its runs one after another, never on top of each other, and centres a line that fits', async () => {
    const wrapped = runs(
      [
        { text: 'Kính gửi: ', italic: true },
        {
          text: 'Cụm trưởng Cụm thi đua số 1; Hội đồng Thi đua - Khen thưởng tỉnh Hải Hà; Sở Nội vụ tỉnh Hải Hà.',
        },
      ],
      { align: 'center', noIndent: true },
    );
    const short = runs([{ text: 'Xin trân trọng: ', italic: true }, { text: 'Thủ tướng Chính phủ.' }], {
      align: 'center',
      noIndent: true,
    });
    const file = join(scratchDir('centred-runs'), 'thu.pdf');
    writeFileSync(file, await renderPdf(letter([wrapped, para('Đoạn sau.'), short]), { fonts: loadFonts() }));
    const words = pdfWords(file);
    for (const first of ['Kính', 'trân']) {
      const line = lineOf(words, first);
      expect(line.length).toBeGreaterThan(2);
      for (let i = 1; i < line.length; i++)
        expect(line[i]!.xMin, `${line[i - 1]!.text} | ${line[i]!.text}`).toBeGreaterThanOrEqual(
          line[i - 1]!.xMax - 0.5,
        );
    }
    const line = lineOf(words, 'trân');
    const page = line[0]!.pageWidth;
    const left = line[0]!.xMin;
    const right = line[line.length - 1]!.xMax;
    // Centred within the text area (margins 30 mm left, 15 mm right): its centre is the area's centre.
    const areaCentre = ((30 + (page / 2.8346 - 15)) / 2) * 2.8346;
    expect(Math.abs((left + right) / 2 - areaCentre)).toBeLessThan(6);
  });
});
