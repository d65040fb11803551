import type { FastifyInstance } from 'fastify';

/** Accounts and memberships (administrators). */
export async function usersRoutes(_app: FastifyInstance): Promise<void> {}
