import type { FastifyInstance } from 'fastify';

/** Entries per stage, evidence files, adjustments, facts, objections, results and period import/export. */
export async function scoringRoutes(_app: FastifyInstance): Promise<void> {}
