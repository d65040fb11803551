import { MOVEMENT_REPORT_STATUSES, MOVEMENT_STATUSES } from '@thidua/vocabulary';
import { z } from 'zod';
import { editableRowFields, periodRowFields } from './primitives';

// Emulation movements of a period and their units' reports (SPEC §11, issue #14 §1): what the server's
// routes answer, the web's screens read.

export const movementView = z.object({
  ...periodRowFields,
  name: z.string(),
  responsibleDeputyChair: z.string().nullable(),
  standingUnitId: z.string().nullable(),
  standingBody: z.string().nullable(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  reportDueDates: z.array(z.string()),
  status: z.enum(MOVEMENT_STATUSES),
  note: z.string().nullable(),
  participantUnitIds: z.array(z.string()).nullable(),
  ...editableRowFields,
});

export const movementReportView = z.object({
  id: z.string(),
  movementId: z.string(),
  unitId: z.string(),
  dueOn: z.string(),
  summary: z.string(),
  status: z.enum(MOVEMENT_REPORT_STATUSES),
  /** The local day it was submitted on; late when after `dueOn`. */
  submittedOn: z.string(),
  submittedAt: z.string(),
  late: z.boolean(),
  returnReason: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  /** The attached file's name, if any (download: GET /movement-reports/:id/file). */
  fileName: z.string().nullable(),
  version: z.number().int(),
});

export const reportMatrixView = z.object({
  movementId: z.string(),
  dueDates: z.array(z.string()),
  units: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      canSubmit: z.boolean(),
      cells: z.array(
        z.object({
          dueOn: z.string(),
          timing: z.enum(['onTime', 'late', 'missing']),
          /** Missing and its day has passed. */
          overdue: z.boolean(),
          report: movementReportView.nullable(),
        }),
      ),
    }),
  ),
  abilities: z.object({ review: z.boolean() }),
});

export const owedReportView = z.object({
  movementId: z.string(),
  movementName: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  dueOn: z.string(),
  daysLeft: z.number().int(),
  late: z.boolean(),
  returned: z.boolean(),
});

export const dueReportsView = z.object({
  asOf: z.string(),
  items: z.array(owedReportView),
  missingByMovement: z.array(
    z.object({
      movementId: z.string(),
      movementName: z.string(),
      dueOn: z.string(),
      daysLeft: z.number().int(),
      late: z.boolean(),
      missing: z.number().int(),
    }),
  ),
});

export type MovementView = z.infer<typeof movementView>;
export type MovementReportView = z.infer<typeof movementReportView>;
export type ReportMatrixView = z.infer<typeof reportMatrixView>;
export type OwedReportView = z.infer<typeof owedReportView>;
export type DueReportsView = z.infer<typeof dueReportsView>;
