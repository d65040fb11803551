import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../auth/actor';
import { pactCreateBody, pactListQuery, pactPage, pactParams, pactPatch, pactView } from './pact-schema';
import { createPact, listPacts, presentPact, updatePact } from './pact-service';
import { clusterParams } from './schema';

const TAGS = ['Ký giao ước thi đua'];

/** The signing of the emulation pact, recorded per unit. */
export async function pactRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;

  r.get(
    '/clusters/:clusterId/pacts',
    {
      schema: {
        tags: TAGS,
        summary: 'Tình hình ký giao ước của các đơn vị trong cụm, khối',
        params: clusterParams,
        querystring: pactListQuery,
        response: { 200: pactPage },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      return listPacts(db, actor, request.params.clusterId, request.query);
    },
  );

  r.post(
    '/clusters/:clusterId/pacts',
    {
      schema: {
        tags: TAGS,
        summary: 'Ghi nhận đơn vị đã ký giao ước thi đua',
        params: clusterParams,
        body: pactCreateBody,
        response: { 201: pactView },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const { pact, access } = await db.transaction((tx) =>
        createPact(tx, actor, request.params.clusterId, request.body),
      );
      return reply.status(201).send(presentPact(pact, access));
    },
  );

  r.patch(
    '/pacts/:pactId',
    {
      schema: {
        tags: TAGS,
        summary: 'Sửa bản ghi ký giao ước',
        params: pactParams,
        body: pactPatch,
        response: { 200: pactView },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const { pact, access } = await db.transaction((tx) =>
        updatePact(tx, actor, request.params.pactId, request.body),
      );
      return presentPact(pact, access);
    },
  );
}
