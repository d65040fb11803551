import type { FastifyInstance } from 'fastify';

/** The audit log: list with filters, CSV export. */
export async function auditRoutes(_app: FastifyInstance): Promise<void> {}
