import type { FastifyInstance } from 'fastify';
import { clusterRoutes } from './cluster-routes';
import { deadlineRoutes } from './deadline-routes';
import { memberRoutes } from './member-routes';
import { periodRoutes } from './period-routes';
import { progressRoutes } from './progress-routes';
import { workplaceRoutes } from './workplace-routes';

/** Periods (kỳ thi đua), stage transitions and deadlines; clusters, their members, leader, deputies, follower and the leadership history. */
export async function periodsRoutes(app: FastifyInstance): Promise<void> {
  await app.register(periodRoutes);
  await app.register(deadlineRoutes);
  await app.register(clusterRoutes);
  await app.register(memberRoutes);
  await app.register(progressRoutes);
  await app.register(workplaceRoutes);
}
