import type { FastifyInstance } from 'fastify';

/** Quotas, award proposals and council decisions. */
export async function awardsRoutes(_app: FastifyInstance): Promise<void> {}
