import { uploadFile } from '../api/files';

/** What an import changes (preview) or changed (commit): the server's `importView`. */
export interface ImportResult {
  layer: string;
  changes: {
    unitId: string;
    unitName: string;
    criterionCode: string;
    criterionName: string;
    cells: string[];
    old: string | null;
    new: string;
  }[];
  conflicts: { unitId: string; unitName: string; criterionCode: string; cells: string[]; message: string }[];
  unchanged: number;
  batchId: string | null;
}

/** Sends the workbook to the preview (nothing saved) or the commit (all or nothing) of the score import. */
export function sendScoreImport(clusterId: string, file: File, commit: boolean, csrfToken: string) {
  return uploadFile<ImportResult>(
    `/clusters/${clusterId}/spreadsheets/score-import${commit ? '' : '/preview'}`,
    file,
    csrfToken,
  );
}
