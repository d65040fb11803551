import type { FastifyInstance } from 'fastify';
import { authRoutes } from './auth/routes';
import { organisationRoutes } from './organisation/routes';
import { archiveRoutes } from './archive/routes';
import { auditRoutes } from './audit/routes';
import { awardsRoutes } from './awards/routes';
import { criteriaRoutes } from './criteria/routes';
import { documentsRoutes } from './documents/routes';
import { letterheadRoutes } from './documents/letterhead-routes';
import { signingCertificateRoutes } from './documents/signing-certificate-routes';
import { meetingsRoutes } from './meetings/routes';
import { notificationsRoutes } from './notifications/routes';
import { periodsRoutes } from './periods/routes';
import { plansRoutes } from './plans/routes';
import { registrationsRoutes } from './registrations/routes';
import { scoringRoutes } from './scoring/routes';
import { spreadsheetsRoutes } from './spreadsheets/routes';
import { setupRoutes } from './setup/routes';
import { statisticsRoutes } from './statistics/routes';
import { listImportRoutes } from './spreadsheets/list-import-routes';
import { usersRoutes } from './users/routes';

/** Every module's routes, under /api/v1. One line per module. */
export async function registerModules(app: FastifyInstance): Promise<void> {
  await app.register(authRoutes);
  await app.register(organisationRoutes);
  await app.register(periodsRoutes);
  await app.register(usersRoutes);
  await app.register(criteriaRoutes);
  await app.register(registrationsRoutes);
  await app.register(scoringRoutes);
  await app.register(meetingsRoutes);
  await app.register(awardsRoutes);
  await app.register(plansRoutes);
  await app.register(documentsRoutes);
  await app.register(letterheadRoutes);
  await app.register(signingCertificateRoutes);
  await app.register(spreadsheetsRoutes);
  await app.register(listImportRoutes);
  await app.register(archiveRoutes);
  await app.register(auditRoutes);
  await app.register(notificationsRoutes);
  await app.register(statisticsRoutes);
  await app.register(setupRoutes);
}
