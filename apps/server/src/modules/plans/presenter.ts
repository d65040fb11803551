import type { Dossier, DossierBatch, Movement, PlanTask, ProgrammeSession, WorkPlan } from '@thidua/db';
import type { z } from 'zod';
import { localToday } from '../../kernel/dates';
import { daysLate, deadlineText, dueDateOf, dueMonthOf } from './deadline';
import { canComplete, canWriteDossier, type PlansScope } from './policy';
import { agendaItems, monthLabel, summariseMonths } from './programme';
import type {
  batchView,
  dossierView,
  movementView,
  planView,
  programmeView,
  sessionView,
  taskView,
} from './schema';

export function presentPlan(plan: WorkPlan, taskCount: number, scope: PlansScope): z.infer<typeof planView> {
  return {
    id: plan.id,
    councilId: plan.councilId,
    periodId: plan.periodId,
    number: plan.number,
    title: plan.title,
    issuedOn: plan.issuedOn,
    status: plan.status,
    note: plan.note,
    taskCount,
    version: plan.version,
    abilities: { update: scope.canWrite },
  };
}

/**
 * A task as the API shows it. `daysLate` counts as the late-tasks report does, on `today` (Vietnam's
 * date): only a task of an issued plan can be late — a draft binds no one yet.
 */
export function presentTask(
  task: PlanTask,
  scope: PlansScope,
  plan: Pick<WorkPlan, 'status'>,
  today: string = localToday(),
): z.infer<typeof taskView> {
  return {
    id: task.id,
    planId: task.planId,
    position: task.position,
    section: task.section,
    quarter: task.quarter,
    content: task.content,
    lead: task.lead,
    executingUnitId: task.executingUnitId,
    executingBody: task.executingBody,
    coordinatingUnitIds: task.coordinatingUnitIds,
    coordinatingBodies: task.coordinatingBodies,
    deadlineKind: task.deadlineKind,
    dueOn: task.dueOn,
    dueMonth: dueMonthOf(task),
    recurrence: task.recurrence,
    deadlineText: deadlineText(task),
    dueDate: dueDateOf(task),
    deadlineNote: task.deadlineNote,
    status: task.status,
    completedOn: task.completedOn,
    completionEvidence: task.completionEvidence,
    daysLate: plan.status === 'issued' ? daysLate(task, today) : 0,
    version: task.version,
    abilities: {
      update: scope.canWrite,
      complete: task.status !== 'cancelled' && canComplete(scope, task.executingUnitId),
    },
  };
}

export function presentMovement(movement: Movement, scope: PlansScope): z.infer<typeof movementView> {
  return {
    id: movement.id,
    councilId: movement.councilId,
    periodId: movement.periodId,
    name: movement.name,
    responsibleDeputyChair: movement.responsibleDeputyChair,
    standingUnitId: movement.standingUnitId,
    standingBody: movement.standingBody,
    startsOn: movement.startsOn,
    endsOn: movement.endsOn,
    reportDueDates: movement.reportDueDates,
    status: movement.status,
    note: movement.note,
    participantUnitIds: movement.participantUnitIds,
    version: movement.version,
    abilities: { update: scope.canWrite },
  };
}

export function presentSession(session: ProgrammeSession, scope: PlansScope): z.infer<typeof sessionView> {
  return {
    id: session.id,
    councilId: session.councilId,
    periodId: session.periodId,
    year: session.year,
    month: session.month,
    monthLabel: monthLabel(session.year, session.month),
    heldOn: session.heldOn,
    title: session.title,
    agenda: session.agenda,
    agendaItems: agendaItems(session.agenda),
    presiding: session.presiding,
    preparingUnitId: session.preparingUnitId,
    preparingBody: session.preparingBody,
    coordinatingBodies: session.coordinatingBodies,
    place: session.place,
    status: session.status,
    meetingId: session.meetingId,
    note: session.note,
    version: session.version,
    abilities: { update: scope.canWrite },
  };
}

/** The programme of a period: its sessions in order, and the by-month summary. */
export function presentProgramme(
  sessions: ProgrammeSession[],
  scope: PlansScope,
): z.infer<typeof programmeView> {
  return {
    periodId: scope.periodId,
    items: sessions.map((s) => presentSession(s, scope)),
    months: summariseMonths(sessions),
    abilities: { create: scope.canWrite },
  };
}

export function presentBatch(batch: DossierBatch, scope: PlansScope): z.infer<typeof batchView> {
  return {
    id: batch.id,
    councilId: batch.councilId,
    periodId: batch.periodId,
    movementId: batch.movementId,
    name: batch.name,
    submissionDueOn: batch.submissionDueOn,
    appraisalDueOn: batch.appraisalDueOn,
    note: batch.note,
    postingStartsOn: batch.postingStartsOn,
    postingEndsOn: batch.postingEndsOn,
    postingPlace: batch.postingPlace,
    version: batch.version,
    abilities: { update: scope.canWrite },
  };
}

/** `barringReasons`: why the dossier may not be approved now (dossier-service's `dossierBarsOf`). */
export function presentDossier(
  dossier: Dossier,
  scope: PlansScope,
  batch: DossierBatch,
  barringReasons: string[],
): z.infer<typeof dossierView> {
  return {
    id: dossier.id,
    batchId: dossier.batchId,
    unitId: dossier.unitId,
    subject: dossier.subject,
    kind: dossier.kind,
    level: dossier.level,
    awardName: dossier.awardName,
    candidateName: dossier.candidateName,
    submittedOn: dossier.submittedOn,
    outcome: dossier.outcome,
    appraisedOn: dossier.appraisedOn,
    returnReason: dossier.returnReason,
    note: dossier.note,
    candidateBars: dossier.candidateBars,
    candidateDisciplineEndedOn: dossier.candidateDisciplineEndedOn,
    barringReasons,
    version: dossier.version,
    abilities: { update: canWriteDossier(scope, batch, dossier) },
  };
}
