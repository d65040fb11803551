import type { FastifyInstance } from 'fastify';

/** Periods (kỳ thi đua), stage transitions and deadlines; clusters, their members, leader, deputies, follower and the leadership history. */
export async function periodsRoutes(_app: FastifyInstance): Promise<void> {}
