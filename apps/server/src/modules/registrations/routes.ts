import type { FastifyInstance } from 'fastify';

/** Registrations (plan values, titles sought, models and topics) and pacts. */
export async function registrationsRoutes(_app: FastifyInstance): Promise<void> {}
