import { readFileSync } from 'node:fs';
import {
  buildScoreTable,
  renderDocx,
  renderPdf,
  tinosFontFiles,
  type PdfFonts,
  type ScoreTableInput,
} from '../src/index';

/** The Tinos faces' bytes for the PDF renderer. */
export function loadFonts(): PdfFonts {
  const files = tinosFontFiles();
  return {
    regular: readFileSync(files.regular),
    bold: readFileSync(files.bold),
    italic: readFileSync(files.italic),
    boldItalic: readFileSync(files.boldItalic),
  };
}

/** A score table of `count` units with names using Vietnamese letters and tone marks. */
export function sampleScoreTable(count = 12): ScoreTableInput {
  const names = [
    'Phường Đông Hải',
    'Xã Hưng Đạo',
    'Phường Trần Phú',
    'Xã Quỳnh Lưu',
    'Phường Ngọc Khánh',
    'Xã Ỷ La',
  ];
  return {
    issuer: {
      parentBody: 'Hội đồng Thi đua - Khen thưởng tỉnh Hải Hà',
      issuingBody: 'Cụm thi đua số 1',
      place: 'Hải Hà',
      symbolSuffix: 'CTĐ1',
    },
    clusterName: 'Cụm thi đua số 1 các xã, phường',
    periodName: 'Năm 2026',
    groups: [
      { code: 'I', name: 'Thực hiện nhiệm vụ chính trị', maxPoints: 580 },
      { code: 'II', name: 'Công tác thi đua, khen thưởng', maxPoints: 200 },
      { code: 'III', name: 'Xây dựng tổ chức đảng', maxPoints: 200 },
    ],
    units: Array.from({ length: count }, (_, i) => ({
      name: `${names[i % names.length]} ${i + 1}`,
      groups: ['575.5', 198, '199.25'],
      bonus: 20,
      scored: '992.75',
      deduction: '0.3',
      final: i === 0 ? '996.4' : (992.45 - i).toFixed(2),
      rank: i + 1,
      status: i === 5 ? 'postponed' : 'eligible',
      reasons: i === 5 ? ['Đang bị thanh tra, kiểm tra'] : [],
      award:
        i === 0 ? 'Cờ thi đua của Ủy ban nhân dân tỉnh' : i < 4 ? 'Bằng khen của Chủ tịch UBND tỉnh' : null,
      downgraded: false,
    })),
    complete: true,
    criteriaLabel: 'phiên bản 2, ban hành ngày 15/03/2026',
    date: { year: 2026, month: 2, day: 5 },
    year: 2026,
    signature: { authority: 'TM. CỤM THI ĐUA SỐ 1', title: 'Cụm trưởng', name: 'Nguyễn Thị Thu Hằng' },
    recipients: ['Hội đồng TĐKT tỉnh (để báo cáo);', 'Sở Nội vụ;', 'Các đơn vị trong cụm;', 'Lưu: VT.'],
  };
}

export { buildScoreTable, renderDocx, renderPdf };
