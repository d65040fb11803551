import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../auth/actor';
import {
  pactAgreementBody,
  pactAgreementParams,
  pactAgreementsView,
  pactCreateBody,
  pactListQuery,
  pactPage,
  pactParams,
  pactPatch,
  pactView,
} from '@thidua/contracts/registrations-pacts';
import { agreeToPact, readPactAgreements, withdrawPactAgreement } from './pact-agreement-service';
import { createPact, listPacts, presentPact, updatePact } from './pact-service';
import { clusterParams } from '@thidua/contracts/registrations';

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

  r.get(
    '/clusters/:clusterId/pact-agreements',
    {
      schema: {
        tags: TAGS,
        summary: 'Ý kiến đồng ý ký giao ước của thành viên Hội đồng theo dõi cụm và cơ quan thường trực',
        params: clusterParams,
        response: { 200: pactAgreementsView },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      return readPactAgreements(db, actor, request.params.clusterId);
    },
  );

  r.post(
    '/clusters/:clusterId/pact-agreements/:party',
    {
      schema: {
        tags: TAGS,
        summary: 'Ghi ý kiến đồng ý cho cụm, khối ký giao ước',
        description:
          'follower: chỉ thành viên Hội đồng theo dõi cụm; standingOffice: chỉ cơ quan thường trực. ' +
          'Cụm trưởng chỉ ghi nhận ký giao ước sau khi có đủ hai ý kiến đồng ý (Ba Đình 2022, Long Biên 2023).',
        params: pactAgreementParams,
        body: pactAgreementBody,
        response: { 200: pactAgreementsView },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const { clusterId, party } = request.params;
      return db.transaction((tx) => agreeToPact(tx, actor, clusterId, party, request.body));
    },
  );

  r.delete(
    '/clusters/:clusterId/pact-agreements/:party',
    {
      schema: {
        tags: TAGS,
        summary: 'Rút ý kiến đồng ý ký giao ước (khi cụm, khối chưa ký)',
        params: pactAgreementParams,
        response: { 200: pactAgreementsView },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const { clusterId, party } = request.params;
      return db.transaction((tx) => withdrawPactAgreement(tx, actor, clusterId, party));
    },
  );
}
