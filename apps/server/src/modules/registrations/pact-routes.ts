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
import { registerRoutes, route } from '../../http/route-table';

const TAGS = ['Ký giao ước thi đua'];

/** The signing of the emulation pact, recorded per unit. */
export async function pactRoutes(app: FastifyInstance): Promise<void> {
  registerRoutes(app, TAGS, [
    route(
      'GET /clusters/:clusterId/pacts',
      'Tình hình ký giao ước của các đơn vị trong cụm, khối',
      { params: clusterParams, query: pactListQuery, 200: pactPage },
      async ({ db, actor, params, query }) => {
        return listPacts(db, actor, params.clusterId, query);
      },
    ),
    route(
      'POST /clusters/:clusterId/pacts',
      'Ghi nhận đơn vị đã ký giao ước thi đua',
      { params: clusterParams, body: pactCreateBody, 201: pactView },
      async ({ db, actor, params, body }) => {
        const { pact, access } = await db.transaction((tx) => createPact(tx, actor, params.clusterId, body));
        return presentPact(pact, access);
      },
    ),
    route(
      'PATCH /pacts/:pactId',
      'Sửa bản ghi ký giao ước',
      { params: pactParams, body: pactPatch, 200: pactView },
      async ({ db, actor, params, body }) => {
        const { pact, access } = await db.transaction((tx) => updatePact(tx, actor, params.pactId, body));
        return presentPact(pact, access);
      },
    ),
    route(
      'GET /clusters/:clusterId/pact-agreements',
      'Ý kiến đồng ý ký giao ước của thành viên Hội đồng theo dõi cụm và cơ quan thường trực',
      { params: clusterParams, 200: pactAgreementsView },
      async ({ db, actor, params }) => {
        return readPactAgreements(db, actor, params.clusterId);
      },
    ),
    route(
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
      async ({ db, actor, params, body }) => {
        const { clusterId, party } = params;
        return db.transaction((tx) => agreeToPact(tx, actor, clusterId, party, body));
      },
    ),
    route(
      'DELETE /clusters/:clusterId/pact-agreements/:party',
      'Rút ý kiến đồng ý ký giao ước (khi cụm, khối chưa ký)',
      { params: pactAgreementParams, 200: pactAgreementsView },
      async ({ db, actor, params }) => {
        const { clusterId, party } = params;
        return db.transaction((tx) => withdrawPactAgreement(tx, actor, clusterId, party));
      },
    ),
  ]);
}
