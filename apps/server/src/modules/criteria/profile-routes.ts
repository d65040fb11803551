import { ruleProfileView } from '@thidua/contracts/criteria-frameworks';
import { PROFILES } from '@thidua/profiles';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { registerRoutes, route } from '../../http/route-table';

const TAGS = ['Khung tiêu chí'];

/**
 * The built-in rule profiles (SPEC §9) a framework can start from, without their criteria: what the
 * standing office needs to choose one (name, source document, groups and their maxima).
 */
export async function profileRoutes(app: FastifyInstance): Promise<void> {
  registerRoutes(app, TAGS, [
    route(
      'GET /rule-profiles',
      'Các mẫu quy định có sẵn để tạo khung tiêu chí',
      { 200: z.object({ items: z.array(ruleProfileView) }) },
      async () => {
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
    ),
  ]);
}
