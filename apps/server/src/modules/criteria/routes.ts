import type { FastifyInstance } from 'fastify';

/** Frameworks and cluster criteria versions (draft → agreed → issued), criterion assignments. */
export async function criteriaRoutes(_app: FastifyInstance): Promise<void> {}
