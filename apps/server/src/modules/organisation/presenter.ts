import type { Council, Unit } from '@thidua/db';
import type { z } from 'zod';
import type { councilView, unitView } from '@thidua/contracts/organisation';

export function presentUnit(unit: Unit, canUpdate: boolean): z.infer<typeof unitView> {
  return {
    id: unit.id,
    councilId: unit.councilId,
    code: unit.code,
    name: unit.name,
    type: unit.type,
    calendar: unit.calendar,
    schoolLevel: unit.schoolLevel,
    parentBody: unit.parentBody,
    active: unit.active,
    version: unit.version,
    abilities: { update: canUpdate },
  };
}

export function presentCouncil(council: Council, roles: string[]): z.infer<typeof councilView> {
  return { id: council.id, code: council.code, name: council.name, level: council.level, roles };
}
