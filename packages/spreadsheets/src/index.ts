/**
 * @thidua/spreadsheets — the product's .xlsx files: exports of its tables (`writeTables`) and the score
 * template (`writeScoreTemplate`) with its reader (`readScoreImport`), whose errors name the cell
 * (`Bảng điểm!F7: …`). Pure: data in, bytes out; bytes in, rows and errors out. Streaming exceljs both ways.
 */
export * from './cells';
export * from './read-value';
export * from './score-layout';
export {
  writeScoreTemplate,
  type ScoreTemplateInput,
  type TemplateCriterion,
  type TemplateRow,
} from './score-template';
export { readScoreImport, type ImportedCell, type ScoreImport, type ScoreImportResult } from './score-import';
export { readSheets, valueAt, type SheetValues } from './read-workbook';
export {
  writeTables,
  type ColumnKind,
  type ExportHeader,
  type TableColumn,
  type TableSheet,
  type TableValue,
} from './table';
export * from './criteria-layout';
export {
  writeCriteriaSheet,
  criteriaTemplateExample,
  CRITERIA_TEMPLATE_NOTES,
  type CriteriaSheetInput,
  type RowDetails,
} from './criteria-sheet';
export { readCriteriaImport, type CriteriaImportOptions, type CriteriaImportResult } from './criteria-import';
