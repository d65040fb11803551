import { z } from 'zod';

/** The first fields of the view of a period's row (a plan, a batch, a movement, a session). */
export const periodRowFields = { id: z.string(), councilId: z.string(), periodId: z.string() };
/** The last fields of an editable row's view: the version read, and whether the actor may update it. */
export const editableRowFields = { version: z.number().int(), abilities: z.object({ update: z.boolean() }) };
