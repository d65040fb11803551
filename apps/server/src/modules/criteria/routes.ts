import type { FastifyInstance } from 'fastify';
import { assignmentRoutes } from './assignment-routes';
import { frameworkRoutes } from './framework-routes';
import { profileRoutes } from './profile-routes';
import { versionRoutes } from './version-routes';

/** Built-in profiles, frameworks and cluster criteria versions (draft → agreed → issued), criterion assignments. */
export async function criteriaRoutes(app: FastifyInstance): Promise<void> {
  await app.register(profileRoutes);
  await app.register(frameworkRoutes);
  await app.register(versionRoutes);
  await app.register(assignmentRoutes);
}
