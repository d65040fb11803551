import { type AnyPgColumn, date, integer, numeric, timestamp, uuid } from 'drizzle-orm/pg-core';

// Column helpers shared by every table, so the same concept is stored the same way everywhere.

/** Primary key: a random uuid made by the database, so rows from SQL scripts and the API look alike. */
export const id = () => uuid('id').primaryKey().defaultRandom();

/** An instant (always with time zone: the server may not run in Asia/Ho_Chi_Minh). */
export const instant = (name: string) => timestamp(name, { withTimezone: true });

/** A local calendar date such as a deadline or a document date, read and written as 'YYYY-MM-DD'. */
export const localDate = (name: string) => date(name, { mode: 'string' });

/**
 * A required reference to another table's row (`uuid not null references …`); `cascade` deletes the row
 * with the one it belongs to.
 */
export const requiredRef = (name: string, target: () => AnyPgColumn, onDelete?: 'cascade') =>
  uuid(name)
    .notNull()
    .references(target, onDelete === undefined ? {} : { onDelete });

/** When the row was written; for rows that are never updated, the only timestamp. */
export const createdAt = () => instant('created_at').notNull().defaultNow();

/** created_at and updated_at; updated_at moves on every update made through Drizzle. */
export const timestamps = () => ({
  createdAt: createdAt(),
  updatedAt: instant('updated_at')
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
});

/**
 * Optimistic concurrency: a writer sends the version it read and updates `where version = read`,
 * setting version + 1; zero rows updated means someone else wrote first (HTTP 409).
 */
export const rowVersion = () => integer('version').notNull().default(1);

/** The version of an editable row and its timestamps: what every table edited through the API carries. */
export const versioned = () => ({ version: rowVersion(), ...timestamps() });

/**
 * Points on a 1000- or 100-point scale. Two decimals, as the engine rounds (SPEC §6); the API refuses
 * more decimals so PostgreSQL never has to round an input. Read back as exact decimal strings.
 */
export const points = (name: string) => numeric(name, { precision: 10, scale: 2 });

/**
 * A measured figure (plan, actual, band value): unconstrained numeric keeps exactly what the unit
 * reported, whether a revenue in đồng or a percentage with decimals. Read back as a decimal string.
 */
export const measure = (name: string) => numeric(name);
