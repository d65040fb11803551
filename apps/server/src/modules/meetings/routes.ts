import type { FastifyInstance } from 'fastify';

/** Meetings, attendance and quorum, votes (tie-breaks, elections). */
export async function meetingsRoutes(_app: FastifyInstance): Promise<void> {}
