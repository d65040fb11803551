import type {
  DueReportsView,
  MovementReportView,
  MovementView,
  OwedReportView,
  ReportMatrixView,
  SubmitReportInput,
} from '@thidua/contracts/movements';
import { api } from '../api/client';
import { uploadFile } from '../api/files';
import { readsOf } from '../api/keys';
import { useApiItems, useApiRead, useApiWrite } from '../api/use-api';

// Emulation movements of a period and their per-unit reports (module plans, SPEC §11, issue #14 §1).

// The shapes are the contract the server's routes declare (@thidua/contracts/movements).
export type { MovementStatus } from '@thidua/vocabulary';
export type Movement = MovementView;
export type MovementReport = MovementReportView;
export type ReportMatrix = ReportMatrixView;
export type ReportCell = ReportMatrix['units'][number]['cells'][number];
export type OwedReport = OwedReportView;
export type DueReports = DueReportsView;

/** What the standing office writes of a movement. */
export type MovementInput = Omit<
  Movement,
  'id' | 'councilId' | 'periodId' | 'note' | 'version' | 'abilities'
>;

export function useMovements(periodId: string | undefined) {
  return useApiItems<Movement>(periodId, `/periods/${periodId}/movements`);
}

export function useReportMatrix(movementId: string | undefined) {
  return useApiRead<ReportMatrix>(movementId, `/movements/${movementId}/reports`);
}

/** The movement reports the home screen shows (the user's own units', or the counts still missing). */
export function useDueReports(periodId: string | undefined) {
  return useApiRead<DueReports>(periodId, `/periods/${periodId}/movement-reports/due`);
}

function useMovementWrite<I = void, O = unknown>(write: (input: I) => Promise<O>) {
  return useApiWrite(write, readsOf('movements', 'movement-reports'));
}

/** Creates a movement of the period, or changes one (`movement` given, with its version). */
export function useSaveMovement(periodId: string | undefined) {
  return useMovementWrite(({ movement, body }: { movement: Movement | null; body: MovementInput }) =>
    movement
      ? api.patch<Movement>(`/movements/${movement.id}`, { ...body, version: movement.version })
      : api.post<Movement>(`/periods/${periodId}/movements`, body),
  );
}

/** A unit submits (or submits again) its report for one due date. */
export function useSubmitReport(movementId: string) {
  return useMovementWrite((body: SubmitReportInput) =>
    api.put<MovementReport>(`/movements/${movementId}/reports`, body),
  );
}

/** The standing office accepts a report or returns it with a reason. */
export function useReviewReport() {
  return useMovementWrite(
    ({
      report,
      outcome,
      reason,
    }: {
      report: MovementReport;
      outcome: 'accepted' | 'returned';
      reason?: string;
    }) =>
      api.post<MovementReport>(`/movement-reports/${report.id}/review`, {
        outcome,
        reason,
        version: report.version,
      }),
  );
}

/** Attaches (or replaces) the file of a report, over the version read. */
export function useAttachReportFile(csrfToken: string) {
  return useMovementWrite(({ report, file }: { report: MovementReport; file: File }) =>
    uploadFile<MovementReport>(
      `/movement-reports/${report.id}/file?version=${report.version}`,
      file,
      csrfToken,
    ),
  );
}
