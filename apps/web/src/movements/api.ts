import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { uploadFile } from '../api/files';
import { apiQuery, readsOf } from '../api/keys';
import type { Page } from '../api/types';

// Emulation movements of a period and their per-unit reports (module plans, SPEC §11, issue #14 §1).

export type MovementStatus = 'planned' | 'active' | 'closed';

export interface Movement {
  id: string;
  periodId: string;
  name: string;
  responsibleDeputyChair: string | null;
  standingUnitId: string | null;
  standingBody: string | null;
  startsOn: string | null;
  endsOn: string | null;
  reportDueDates: string[];
  status: MovementStatus;
  note: string | null;
  participantUnitIds: string[] | null;
  version: number;
  abilities: { update: boolean };
}

export interface MovementInput {
  name: string;
  responsibleDeputyChair: string | null;
  standingUnitId: string | null;
  standingBody: string | null;
  startsOn: string | null;
  endsOn: string | null;
  reportDueDates: string[];
  status: MovementStatus;
  participantUnitIds: string[] | null;
}

export interface MovementReport {
  id: string;
  unitId: string;
  dueOn: string;
  summary: string;
  status: 'submitted' | 'accepted' | 'returned';
  submittedOn: string;
  late: boolean;
  returnReason: string | null;
  fileName: string | null;
  version: number;
}

export interface ReportCell {
  dueOn: string;
  timing: 'onTime' | 'late' | 'missing';
  overdue: boolean;
  report: MovementReport | null;
}

export interface ReportMatrix {
  movementId: string;
  dueDates: string[];
  units: { unitId: string; unitName: string; canSubmit: boolean; cells: ReportCell[] }[];
  abilities: { review: boolean };
}

export interface OwedReport {
  movementId: string;
  movementName: string;
  unitId: string;
  unitName: string;
  dueOn: string;
  daysLeft: number;
  late: boolean;
  returned: boolean;
}

export interface DueReports {
  items: OwedReport[];
  missingByMovement: {
    movementId: string;
    movementName: string;
    dueOn: string;
    daysLeft: number;
    late: boolean;
    missing: number;
  }[];
}

export function useMovements(periodId: string | undefined) {
  return useQuery({
    ...apiQuery<Page<Movement>>(`/periods/${periodId}/movements`, { pageSize: 500 }),
    select: (p) => p.items,
    enabled: Boolean(periodId),
  });
}

export function useReportMatrix(movementId: string | undefined) {
  return useQuery({
    ...apiQuery<ReportMatrix>(`/movements/${movementId}/reports`),
    enabled: Boolean(movementId),
  });
}

/** The movement reports the home screen shows (the user's own units', or the counts still missing). */
export function useDueReports(periodId: string | undefined) {
  return useQuery({
    ...apiQuery<DueReports>(`/periods/${periodId}/movement-reports/due`),
    enabled: Boolean(periodId),
  });
}

function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries(readsOf('movements', 'movement-reports'));
}

/** Creates a movement of the period, or changes one (`movement` given, with its version). */
export function useSaveMovement(periodId: string | undefined) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ movement, body }: { movement: Movement | null; body: MovementInput }) =>
      movement
        ? api.patch<Movement>(`/movements/${movement.id}`, { ...body, version: movement.version })
        : api.post<Movement>(`/periods/${periodId}/movements`, body),
    onSuccess: refresh,
  });
}

/** A unit submits (or submits again) its report for one due date. */
export function useSubmitReport(movementId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: { unitId: string; dueOn: string; summary: string; version: number }) =>
      api.put<MovementReport>(`/movements/${movementId}/reports`, body),
    onSuccess: refresh,
  });
}

/** The standing office accepts a report or returns it with a reason. */
export function useReviewReport() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({
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
    onSuccess: refresh,
  });
}

/** Attaches (or replaces) the file of a report, over the version read. */
export function useAttachReportFile(csrfToken: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ report, file }: { report: MovementReport; file: File }) =>
      uploadFile<MovementReport>(
        `/movement-reports/${report.id}/file?version=${report.version}`,
        file,
        csrfToken,
      ),
    onSuccess: refresh,
  });
}
