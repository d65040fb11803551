import { PROFILES } from '@thidua/profiles';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../auth/actor';

const TAGS = ['Khung tiêu chí'];

const profileView = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  source: z.object({ document: z.string(), issuer: z.string(), date: z.string() }),
  unitTypes: z.array(z.string()),
  calendar: z.enum(['calendar', 'school']),
  maxTotal: z.number().nullable(),
  groups: z.array(
    z.object({ code: z.string(), name: z.string(), maxPoints: z.number(), criteria: z.number().int() }),
  ),
});

/**
 * The built-in rule profiles (SPEC §9) a framework can start from, without their criteria: what the
 * standing office needs to choose one (name, source document, groups and their maxima).
 */
export async function profileRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/rule-profiles',
    {
      schema: {
        tags: TAGS,
        summary: 'Các mẫu quy định có sẵn để tạo khung tiêu chí',
        response: { 200: z.object({ items: z.array(profileView) }) },
      },
    },
    async (request) => {
      requireActor(request.actor);
      return {
        items: PROFILES.map((profile) => ({
          id: profile.id,
          name: profile.name,
          description: profile.description,
          source: { ...profile.source },
          unitTypes: [...profile.unitTypes],
          calendar: profile.calendar,
          maxTotal: profile.ruleset.maxTotal,
          groups: profile.ruleset.groups.map((g) => ({
            code: g.code,
            name: g.name,
            maxPoints: g.maxPoints,
            criteria: g.criteria.length,
          })),
        })),
      };
    },
  );
}
