import type { FastifyInstance } from 'fastify';
import { authRoutes } from './auth/routes';
import { organisationRoutes } from './organisation/routes';

/** Every module's routes, under /api/v1. One line per module. */
export async function registerModules(app: FastifyInstance): Promise<void> {
  await app.register(authRoutes);
  await app.register(organisationRoutes);
}
