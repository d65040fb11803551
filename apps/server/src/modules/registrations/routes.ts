import type { FastifyInstance } from 'fastify';
import { pactRoutes } from './pact-routes';
import { registrationRoutes as unitRegistrationRoutes } from './registration-routes';

/** Registrations (plan values, titles sought, models and topics) and pacts. */
export async function registrationsRoutes(app: FastifyInstance): Promise<void> {
  await app.register(unitRegistrationRoutes);
  await app.register(pactRoutes);
}
