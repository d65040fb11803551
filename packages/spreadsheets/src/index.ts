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
export { foldName } from './list-sheet';
export {
  writeTables,
  type ColumnKind,
  type ExportHeader,
  type TableColumn,
  type TableSheet,
  type TableValue,
} from './table';
export {
  readUnitsImport,
  UNIT_FIELDS,
  UNITS_SHEET,
  writeUnitsTemplate,
  type UnitField,
  type UnitRowRead,
  type UnitsRead,
  type UnitsReadResult,
  type UnitsTemplateInput,
  type UnitValues,
} from './units-sheet';
export {
  readDeadline,
  readTasksImport,
  TASK_COLUMNS,
  TASKS_SHEET,
  writeTasksTemplate,
  type TaskColumn,
  type TaskDeadline,
  type TaskRowRead,
  type TasksRead,
  type TasksReadResult,
  type TasksTemplateInput,
} from './tasks-sheet';
export * from './criteria-layout';
export {
  writeCriteriaSheet,
  criteriaTemplateExample,
  CRITERIA_TEMPLATE_NOTES,
  type CriteriaSheetInput,
  type RowDetails,
} from './criteria-sheet';
export { readCriteriaImport, type CriteriaImportOptions, type CriteriaImportResult } from './criteria-import';
