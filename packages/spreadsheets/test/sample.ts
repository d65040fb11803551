import ExcelJS from 'exceljs';
import type { ScoreTemplateInput, TemplateCriterion } from '../src/index';

/** A small template: one criterion of every kind, three units, one locked cell. */
export const CRITERIA: TemplateCriterion[] = [
  { code: 'I.1', name: 'Thu ngân sách', points: 30, kind: 'quantitative' },
  { code: 'II.2', name: 'Công tác cải cách hành chính', points: 100, kind: 'qualitative' },
  { code: 'II.3', name: 'Tỷ lệ hồ sơ đúng hạn', points: 10, kind: 'bands' },
  {
    code: 'III.1',
    name: 'Xếp loại tổ chức đảng',
    points: 20,
    kind: 'rating',
    ratingOptions: ['HTXSNV', 'HTTNV', 'HTNV'],
  },
  { code: 'III.2', name: 'Ký giao ước thi đua', points: 5, kind: 'yesno' },
];

export function sampleTemplate(): ScoreTemplateInput {
  const units = [
    { id: '11111111-1111-4111-8111-111111111111', code: 'P01', name: 'Phường Hòa Bình' },
    { id: '22222222-2222-4222-8222-222222222222', code: 'P02', name: 'Xã Đông Hưng' },
    { id: '33333333-3333-4333-8333-333333333333', code: 'P03', name: 'Phường Lê Lợi' },
  ];
  return {
    creator: 'thidua',
    title: 'Bảng điểm tự chấm - Cụm thi đua số 1 - Năm 2026',
    notes: ['Tải về lúc 05/02/2026 09:00'],
    clusterId: '44444444-4444-4444-8444-444444444444',
    criteriaVersionId: '55555555-5555-4555-8555-555555555555',
    layer: 'self',
    criteria: CRITERIA,
    rows: units.map((unit, u) => ({
      unit,
      cells: CRITERIA.map((c, i) => ({
        version: u === 0 && i < 2 ? 3 : 0,
        writable: !(u === 2 && i === 4),
        original:
          u === 0 && i === 0 ? { plan: 100, actual: 113.5 } : u === 0 && i === 1 ? { points: 82.5 } : {},
      })),
    })),
  };
}

/** Opens bytes with exceljs's full (non-streaming) reader, as a user's spreadsheet program would. */
export async function openWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}
