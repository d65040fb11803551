import type { FastifyInstance } from 'fastify';
import { decisionRoutes } from './decision-routes';
import { governmentFlagRoutes } from './government-flag-routes';
import { proposalRoutes } from './proposal-routes';
import { quotaRoutes } from './quota-routes';

/** Quotas, award proposals and council decisions. */
export async function awardsRoutes(app: FastifyInstance): Promise<void> {
  await quotaRoutes(app);
  await proposalRoutes(app);
  await decisionRoutes(app);
  await governmentFlagRoutes(app);
}
