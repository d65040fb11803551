import type { FastifyInstance } from 'fastify';
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
import { command, registerRoutes, route } from '../../http/route-table';

const TAGS = ['Ký giao ước thi đua'];

/** The signing of the emulation pact, recorded per unit. */
export async function pactRoutes(app: FastifyInstance): Promise<void> {
  registerRoutes(app, TAGS, [
    route(
      'GET /clusters/:clusterId/pacts',
      'Tình hình ký giao ước của các đơn vị trong cụm, khối',
      { params: clusterParams, query: pactListQuery, 200: pactPage },
      async ({ db, actor, params, query }) => listPacts(db, actor, params.clusterId, query),
    ),
    command(
      'POST /clusters/:clusterId/pacts',
      'Ghi nhận đơn vị đã ký giao ước thi đua',
      { params: clusterParams, body: pactCreateBody, 201: pactView },
      async ({ tx, actor, params, body }) => {
        const { pact, access } = await createPact(tx, actor, params.clusterId, body);
        return presentPact(pact, access);
      },
    ),
    command(
      'PATCH /pacts/:pactId',
      'Sửa bản ghi ký giao ước',
      { params: pactParams, body: pactPatch, 200: pactView },
      async ({ tx, actor, params, body }) => {
        const { pact, access } = await updatePact(tx, actor, params.pactId, body);
        return presentPact(pact, access);
      },
    ),
    route(
      'GET /clusters/:clusterId/pact-agreements',
      'Ý kiến đồng ý ký giao ước của thành viên Hội đồng theo dõi cụm và cơ quan thường trực',
      { params: clusterParams, 200: pactAgreementsView },
      async ({ db, actor, params }) => readPactAgreements(db, actor, params.clusterId),
    ),
    command(
      'POST /clusters/:clusterId/pact-agreements/:party',
      'Ghi ý kiến đồng ý cho cụm, khối ký giao ước',
      {
        description:
          'follower: chỉ thành viên Hội đồng theo dõi cụm; standingOffice: chỉ cơ quan thường trực. ' +
          'Cụm trưởng chỉ ghi nhận ký giao ước sau khi có đủ hai ý kiến đồng ý (Ba Đình 2022, Long Biên 2023).',
        params: pactAgreementParams,
        body: pactAgreementBody,
        200: pactAgreementsView,
      },
      async ({ tx, actor, params, body }) => agreeToPact(tx, actor, params.clusterId, params.party, body),
    ),
    command(
      'DELETE /clusters/:clusterId/pact-agreements/:party',
      'Rút ý kiến đồng ý ký giao ước (khi cụm, khối chưa ký)',
      { params: pactAgreementParams, 200: pactAgreementsView },
      async ({ tx, actor, params }) => withdrawPactAgreement(tx, actor, params.clusterId, params.party),
    ),
  ]);
}
