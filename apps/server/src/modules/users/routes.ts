import type { FastifyInstance } from 'fastify';
import { membershipRoutes } from './membership-routes';
import { userRoutes } from './user-routes';

/** Accounts and memberships (administrators). */
export async function usersRoutes(app: FastifyInstance): Promise<void> {
  await app.register(userRoutes);
  await app.register(membershipRoutes);
}
