import type { ProgrammeSession } from '@thidua/db';
import type { z } from 'zod';
import { type PlansScope } from '../plans-shared/policy';
import { agendaItems, monthLabel, summariseMonths } from './months';
import type { programmeView, sessionView } from './schema';

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
