import { uuid } from 'drizzle-orm/pg-core';
import { councils } from './organisation';
import { periods } from './periods';

/**
 * The council and the period a row belongs to (a plan, a movement, a batch, a programme session, a
 * council decision): both required, both references.
 */
export const councilPeriod = () => ({
  councilId: uuid('council_id')
    .notNull()
    .references(() => councils.id),
  periodId: uuid('period_id')
    .notNull()
    .references(() => periods.id),
});
