import { ruleProfileView } from '@thidua/contracts/criteria-frameworks';
import { PROFILES } from '@thidua/profiles';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../auth/actor';

const TAGS = ['Khung tiêu chí'];

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
        response: { 200: z.object({ items: z.array(ruleProfileView) }) },
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
