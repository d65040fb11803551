import { z } from 'zod';
import { rulesetOutput } from './criteria-shared';
import { comparisonView } from './criteria-versions';

// The spreadsheets' (Excel) downloads and imports: what the server's routes take and answer, the web's
// import dialogs read.

export const clusterParams = z.object({ clusterId: z.uuid({ error: 'Mã cụm, khối không hợp lệ' }) });

/** The layers a template can be made for (the review has its own batches, with one reason). */
export const TEMPLATE_LAYERS = ['self', 'focal', 'standingOffice'] as const;
export type TemplateLayer = (typeof TEMPLATE_LAYERS)[number];

export const templateQuery = z.object({
  layer: z
    .enum(TEMPLATE_LAYERS, { error: 'Lớp điểm phải là self, focal hoặc standingOffice' })
    .describe('self: đơn vị tự chấm; focal: đơn vị đầu mối; standingOffice: cơ quan thường trực'),
});

export const XLSX_PRODUCES = ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];

/** The binary body of a workbook, for the OpenAPI document. */
export const spreadsheetResponse = z.any().describe('Tệp bảng tính Excel (.xlsx), tải về dạng đính kèm');

/** One cell an import changes (or would change), said the way the screen says it. */
const changeView = z.object({
  unitId: z.string(),
  unitName: z.string(),
  criterionCode: z.string(),
  criterionName: z.string(),
  /** `Bảng điểm!F7` (and `G7` for the actual value of a quantitative criterion). */
  cells: z.array(z.string()),
  old: z.string().nullable(),
  new: z.string(),
});

/** A cell edited in the file whose value changed on the server since the template was downloaded. */
const conflictView = z.object({
  unitId: z.string(),
  unitName: z.string(),
  criterionCode: z.string(),
  cells: z.array(z.string()),
  message: z.string(),
});

export const importView = z.object({
  layer: z.enum(TEMPLATE_LAYERS),
  changes: z.array(changeView),
  conflicts: z.array(conflictView),
  /** Writable cells of the file that change nothing. */
  unchanged: z.number().int(),
  /** The audit batch of a saved import; null for a preview or an import that changed nothing. */
  batchId: z.string().nullable(),
});
export type ImportView = z.infer<typeof importView>;

export const councilSpreadsheetParams = z.object({
  councilId: z.uuid({ error: 'Mã Hội đồng không hợp lệ' }),
});

/** One unit an import creates or changes, with each changed field's old and new value as shown. */
const unitChangeView = z.object({
  /** The row of the file. */
  row: z.number().int(),
  action: z.enum(['create', 'update']),
  unitId: z.string().nullable(),
  code: z.string(),
  name: z.string(),
  cells: z.array(z.string()),
  fields: z.array(z.object({ field: z.string(), old: z.string().nullable(), new: z.string() })),
});

export const unitsImportView = z.object({
  changes: z.array(unitChangeView),
  /** Rows edited in the file whose unit was saved on the server since the download. */
  conflicts: z.array(
    z.object({
      row: z.number().int(),
      code: z.string(),
      name: z.string(),
      cells: z.array(z.string()),
      message: z.string(),
    }),
  ),
  /** Downloaded rows that change nothing. */
  unchanged: z.number().int(),
  batchId: z.string().nullable(),
});
export type UnitsImportView = z.infer<typeof unitsImportView>;

export const planSpreadsheetParams = z.object({ planId: z.uuid({ error: 'Mã kế hoạch không hợp lệ' }) });

/** The tasks a file adds to a plan (preview) or added (commit), as the plan's table will show them. */
export const tasksImportView = z.object({
  /** Tasks the plan had before: the file's are added after them. */
  existingTasks: z.number().int(),
  tasks: z.array(
    z.object({
      row: z.number().int(),
      cells: z.array(z.string()),
      section: z.string().nullable(),
      quarter: z.number().int().nullable(),
      content: z.string(),
      lead: z.string().nullable(),
      executing: z.string(),
      coordinating: z.string(),
      deadlineText: z.string(),
    }),
  ),
  batchId: z.string().nullable(),
});
export type TasksImportView = z.infer<typeof tasksImportView>;

/** What an imported criteria sheet would put in the draft (nothing is saved). */
export const criteriaImportView = z.object({
  /** The sheet read and its rows (groups, criteria, bonus and deduction items). */
  sheet: z.string(),
  rows: z.number().int(),
  /** The draft's ruleset with the file's groups, criteria, bonus and deduction items. */
  ruleset: rulesetOutput,
  /** What differs from the saved draft. */
  changes: comparisonView.omit({ from: true, to: true }),
  /** The draft's version the preview was made against (send it when saving). */
  version: z.number().int(),
});
export type CriteriaImportView = z.infer<typeof criteriaImportView>;
