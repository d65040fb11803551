import type { FastifyInstance } from 'fastify';
import { meetingRoutes } from './meeting-routes';
import { voteRoutes } from './vote-routes';

/** Meetings, attendance and quorum, votes (tie-breaks, elections). */
export async function meetingsRoutes(app: FastifyInstance): Promise<void> {
  await meetingRoutes(app);
  await voteRoutes(app);
}
