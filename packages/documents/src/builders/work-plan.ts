import type { DocumentDate, OfficialDocument, Signature, TableCell } from '../model';
import { cell, column, heading, para, table } from '../model';
import { headerFor, type Issuer } from './common';

/** One task of the plan's appendix, its fields already in words. */
export interface WorkPlanTask {
  readonly section: string | null;
  readonly quarter: number | null;
  readonly content: string;
  readonly lead: string;
  readonly executing: string;
  readonly coordinating: string;
  /** `30/06/2026`, `Tháng 6/2026`, `Thường xuyên`, … */
  readonly deadline: string;
  /** `Chưa thực hiện`, `Đã hoàn thành ngày 20/06/2026`, … */
  readonly status: string;
}

export interface WorkPlanInput {
  readonly issuer: Issuer;
  /** `12/KH-HĐTĐKT`, or null for a draft. */
  readonly number: string | null;
  readonly title: string;
  readonly year: number;
  readonly date: DocumentDate | null;
  readonly note: string | null;
  readonly tasks: readonly WorkPlanTask[];
  readonly movements: readonly string[];
  readonly signature: Signature;
  readonly recipients: readonly string[];
}

/**
 * Kế hoạch công tác thi đua, khen thưởng of the year: purpose, the emulation movements, the organisation
 * of its execution, and the appendix of tasks (content, who leads, executes and coordinates, when, status).
 */
export function buildWorkPlan(input: WorkPlanInput): OfficialDocument {
  const [number, ...symbol] = (input.number ?? '').split('/');
  const rows: TableCell[][] = [];
  let section: string | null = null;
  input.tasks.forEach((t, i) => {
    if (t.section && t.section !== section) {
      section = t.section;
      rows.push([cell(`Mục ${t.section}`, { bold: true, span: 7 })]);
    }
    rows.push([
      cell(String(i + 1), { align: 'center' }),
      cell(t.content),
      cell(t.lead),
      cell(t.executing),
      cell(t.coordinating),
      cell(t.deadline),
      cell(t.status),
    ]);
  });
  return {
    title: `Kế hoạch - ${input.title}`,
    orientation: 'portrait',
    header: {
      ...headerFor(input.issuer, 'KH', input.date, input.year),
      ...(input.number && symbol.length > 0 ? { reference: { number, symbol: symbol.join('/') } } : {}),
    },
    documentType: 'Kế hoạch',
    summary: [input.title],
    body: [
      heading('I. Mục đích, yêu cầu'),
      para(
        `Tổ chức thực hiện công tác thi đua, khen thưởng năm ${input.year} thiết thực, hiệu quả; xác định rõ ` +
          'nội dung, thời gian, cơ quan chủ trì, đơn vị thực hiện và phối hợp đối với từng nhiệm vụ.',
      ),
      ...(input.note ? [para(input.note)] : []),
      heading('II. Các phong trào thi đua'),
      ...(input.movements.length > 0
        ? input.movements.map((m) => para(`- ${m}.`))
        : [para('- Phong trào thi đua thường xuyên theo chức năng, nhiệm vụ của các đơn vị.')]),
      heading('III. Tổ chức thực hiện'),
      para(
        `Các cơ quan, đơn vị triển khai ${input.tasks.length} nhiệm vụ tại Phụ lục kèm theo Kế hoạch này đúng ` +
          'thời hạn; kết quả thực hiện là căn cứ chấm điểm, xếp hạng thi đua (nhiệm vụ chậm bị trừ điểm theo bộ tiêu chí).',
      ),
    ],
    signatures: [input.signature],
    recipients: input.recipients,
    annexes: [
      {
        title: 'Phụ lục',
        caption: [
          'Danh mục nhiệm vụ công tác thi đua, khen thưởng',
          `(Kèm theo Kế hoạch ${input.number ? `số ${input.number}` : ''})`,
        ],
        orientation: 'landscape',
        body: [
          table(
            [
              column('TT', 2, 'center'),
              column('Nội dung nhiệm vụ', 16),
              column('Lãnh đạo chủ trì', 6),
              column('Đơn vị thực hiện', 8),
              column('Đơn vị phối hợp', 8),
              column('Thời gian', 5),
              column('Tình trạng', 6),
            ],
            rows,
            10,
          ),
        ],
      },
    ],
  };
}
