import { CALENDARS, UNIT_TYPES } from '@thidua/vocabulary';
import { z } from 'zod';
import { whole, text, optionalText, pageQuery, slugCode } from './primitives';
export { councilParams } from './primitives';

export const unitParams = z.object({ unitId: z.uuid() });

export const unitBody = z.object({
  code: slugCode,
  name: text(300),
  type: z.enum(UNIT_TYPES),
  calendar: z.enum(CALENDARS).optional(),
  schoolLevel: optionalText(20).nullable().optional(),
  parentBody: optionalText(300).nullable().optional(),
});
/** A new unit as the client sends it. */
export type UnitInput = z.input<typeof unitBody>;

export const unitPatch = unitBody.partial().extend({ version: whole(1), active: z.boolean().optional() });
/** A unit's changes as the client sends them. */
export type UnitPatch = z.input<typeof unitPatch>;

export const unitListQuery = pageQuery.extend({
  q: optionalText(100).optional(),
  type: z.enum(UNIT_TYPES).optional(),
  active: z.enum(['true', 'false']).optional(),
});
export type UnitListQuery = z.input<typeof unitListQuery>;

export const unitView = z.object({
  id: z.string(),
  councilId: z.string(),
  code: z.string(),
  name: z.string(),
  type: z.enum(UNIT_TYPES),
  calendar: z.enum(CALENDARS),
  schoolLevel: z.string().nullable(),
  parentBody: z.string().nullable(),
  active: z.boolean(),
  version: z.number().int(),
  abilities: z.object({ update: z.boolean() }),
});

export const councilView = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  level: z.string().nullable(),
  roles: z.array(z.string()),
});

export type CouncilView = z.infer<typeof councilView>;
export type UnitView = z.infer<typeof unitView>;
