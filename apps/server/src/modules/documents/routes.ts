import type { Database } from '@thidua/db';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../../auth/actor';
import { decisionParams, periodParams, proposalParams } from '@thidua/contracts/awards';
import { meetingParams } from '@thidua/contracts/meetings';
import { planParams } from '../work-plans/schema';
import { registrationParams } from '@thidua/contracts/registrations';
import { versionQuery } from '../scoring-shared/schema';
import { prepareAchievementReport } from './achievement-report';
import { prepareAwardProposal, prepareDecisionDraft } from './award-documents';
import { deliverDocument, type PreparedDocument } from './deliver';
import { buildDossierPackage, deliverDossierPackage } from './dossier-package';
import { prepareMinutes, prepareVoteCount } from './meeting';
import { prepareRegistration } from './registration';
import {
  awardProposalQuery,
  clusterParams,
  clusterUnitParams,
  councilReportQuery,
  criteriaVersionParams,
  DOCUMENT_PRODUCES,
  dossierPackageQuery,
  documentResponse,
  formatQuery,
} from './schema';
import { prepareScoreTable } from './score-table';
import { prepareCouncilReport } from './council-report';
import { prepareWorkPlan } from './work-plan';
import { prepareCriteriaDocument, prepareSelfScore } from './criteria-documents';
import { raw, registerRoutes } from '../../http/route-table';

const TAGS = ['Văn bản (Word, PDF)'];

/** One downloadable document: its address, what the OpenAPI document says of it, and how it is prepared. */
interface DocumentRoute<P extends z.ZodObject, Q extends z.ZodObject> {
  path: `/${string}`;
  summary: string;
  /** Who may download it (the same read rule as the screen that shows its data). */
  description: string;
  params: P;
  /** Query parameters besides `format`. */
  query?: Q;
  prepare: (db: Database, actor: Actor, params: z.infer<P>, query: z.infer<Q>) => Promise<PreparedDocument>;
}

/** Type-checks one entry of the table and erases its types, so entries of every shape fit one array. */
function document<P extends z.ZodObject, Q extends z.ZodObject = z.ZodObject<Record<string, never>>>(
  route: DocumentRoute<P, Q>,
): DocumentRoute<z.ZodObject, z.ZodObject> {
  return route;
}

/**
 * Every official document of the API. Adding a document is one entry: a GET that takes `?format=pdf|docx`,
 * prepares the document from the same data and read rule as its screen, renders, audits and sends it.
 */
export const DOCUMENT_ROUTES = [
  document({
    path: '/clusters/:clusterId/documents/score-table',
    summary: 'Bảng tổng hợp kết quả chấm điểm, xếp hạng của cụm, khối (PDF hoặc Word, khổ ngang)',
    description:
      'Số liệu đúng bằng `/clusters/{clusterId}/results`. Ai xem được kết quả của mọi đơn vị trong ' +
      'cụm, khối thì tải được: cụm trưởng, cụm phó, cơ quan thường trực, thành viên Hội đồng theo dõi; ' +
      'đơn vị thành viên khi bảng điểm đã công bố.',
    params: clusterParams,
    query: versionQuery,
    prepare: (db, actor, p, q) => prepareScoreTable(db, actor, p.clusterId, q.criteriaVersionId),
  }),
  document({
    path: '/registrations/:registrationId/documents/registration',
    summary: 'Bản đăng ký tham gia thi đua của đơn vị (Phụ lục 01), PDF hoặc Word',
    description:
      'Cùng quyền xem như bản đăng ký: cán bộ của đơn vị, cụm trưởng, cụm phó, cơ quan thường trực, …',
    params: registrationParams,
    prepare: (db, actor, p) => prepareRegistration(db, actor, p.registrationId),
  }),
  document({
    path: '/meetings/:meetingId/documents/minutes',
    summary: 'Biên bản họp: thành phần, điểm danh và số lượng (2/3), nội dung, diễn biến, kết luận',
    description: 'Ai xem được cuộc họp thì tải được biên bản.',
    params: meetingParams,
    prepare: (db, actor, p) => prepareMinutes(db, actor, p.meetingId),
  }),
  document({
    path: '/meetings/:meetingId/documents/vote-count',
    summary: 'Biên bản kiểm phiếu: số phiếu, số phiếu của từng đơn vị, kết quả mỗi lần bỏ phiếu',
    description: 'Ai xem được cuộc họp thì tải được biên bản kiểm phiếu.',
    params: meetingParams,
    prepare: (db, actor, p) => prepareVoteCount(db, actor, p.meetingId),
  }),
  document({
    path: '/periods/:periodId/documents/award-proposal',
    summary: 'Tờ trình đề nghị khen thưởng (Mẫu số 01, Nghị định 152/2025/NĐ-CP) kèm danh sách trích ngang',
    description:
      'Từ các đề nghị khen thưởng đang đề nghị hoặc đã duyệt của kỳ (`level=cluster`: của các cụm, khối; ' +
      '`level=council`: của Hội đồng, cấp Nhà nước). Cơ quan thường trực và thành viên Hội đồng.',
    params: periodParams,
    query: awardProposalQuery,
    prepare: (db, actor, p, q) => prepareAwardProposal(db, actor, p.periodId, q),
  }),
  document({
    path: '/periods/:periodId/documents/proposal-list',
    summary: 'Danh sách trích ngang các tập thể đề nghị khen thưởng (tệp riêng, khoản 12 Điều 33)',
    description: 'Cùng dữ liệu và quyền như tờ trình.',
    params: periodParams,
    query: awardProposalQuery,
    prepare: (db, actor, p, q) => prepareAwardProposal(db, actor, p.periodId, q, true),
  }),
  document({
    path: '/decisions/:decisionId/documents/decision',
    summary: 'Dự thảo Quyết định khen thưởng kèm danh sách các tập thể được khen thưởng',
    description:
      'Từ quyết định đã ghi và các đề nghị gắn với nó. Cơ quan thường trực và thành viên Hội đồng.',
    params: decisionParams,
    prepare: (db, actor, p) => prepareDecisionDraft(db, actor, p.decisionId),
  }),
  document({
    path: '/criteria-versions/:versionId/documents/criteria',
    summary: 'Bộ tiêu chí, thang điểm của cụm, khối (phiên bản ban hành, số phiên bản và ngày ban hành)',
    description:
      'Cùng quyền xem như phiên bản bộ tiêu chí: bản ban hành cho mọi người trong cụm, bản dự thảo cho người soạn.',
    params: criteriaVersionParams,
    prepare: (db, actor, p) => prepareCriteriaDocument(db, actor, p.versionId),
  }),
  document({
    path: '/clusters/:clusterId/units/:unitId/documents/self-score',
    summary:
      'Bảng tự chấm điểm của đơn vị: mọi tiêu chí, kế hoạch, thực hiện, điểm tự chấm, minh chứng; để ký',
    description:
      'Ai xem được cả dòng của đơn vị trên bảng chấm điểm: cán bộ của đơn vị, cụm trưởng, cụm phó, cơ quan thường trực; mọi đơn vị thành viên khi bảng điểm đã công bố.',
    params: clusterUnitParams,
    query: versionQuery,
    prepare: (db, actor, p, q) => prepareSelfScore(db, actor, p.clusterId, p.unitId, q.criteriaVersionId),
  }),
  document({
    path: '/proposals/:proposalId/documents/achievement-report',
    summary: 'Báo cáo thành tích của tập thể được đề nghị (mẫu Nghị định 152/2025 hoặc mẫu của tỉnh)',
    description:
      'Điền sẵn chỉ tiêu và kết quả, điểm, xếp hạng, danh hiệu đã đăng ký và đã đạt. Cùng quyền xem như đề nghị khen thưởng.',
    params: proposalParams,
    prepare: (db, actor, p) => prepareAchievementReport(db, actor, p.proposalId),
  }),
  document({
    path: '/plans/:planId/documents/work-plan',
    summary: 'Kế hoạch công tác thi đua, khen thưởng kèm Phụ lục danh mục nhiệm vụ',
    description: 'Mọi người trong Hội đồng (cùng quyền xem như kế hoạch).',
    params: planParams,
    prepare: (db, actor, p) => prepareWorkPlan(db, actor, p.planId),
  }),
  document({
    path: '/periods/:periodId/documents/council-report',
    summary: 'Báo cáo sơ kết 6 tháng / tổng kết công tác thi đua, khen thưởng của Hội đồng',
    description:
      'Kết quả các cụm, khối (theo bộ máy chấm điểm), khen thưởng so với chỉ tiêu, so với năm trước. ' +
      '`kind=midyear` (sơ kết 6 tháng) hoặc `annual` (tổng kết, mặc định). Cơ quan thường trực và thành viên Hội đồng.',
    params: periodParams,
    query: councilReportQuery,
    prepare: (db, actor, p, q) => prepareCouncilReport(db, actor, p.periodId, q.kind),
  }),
];

/**
 * Official documents in the Nghị định 30/2020 layout, as .pdf or .docx: each from the same data and
 * engine results the screens show, checked like that data, and audited (who, which, from which data).
 */
export async function documentsRoutes(app: FastifyInstance): Promise<void> {
  registerRoutes(app, TAGS, [
    raw(
      'GET /periods/:periodId/documents/dossier-package',
      'Hồ sơ đề nghị khen thưởng (khoản 12 Điều 33 Nghị định 152/2025): một tệp PDF và các tệp Word',
      {
        description:
          'Tệp .zip gồm một PDF của toàn bộ hồ sơ (tờ trình, danh sách trích ngang, báo cáo thành tích của ' +
          'từng tập thể, biên bản họp và kiểm phiếu) và tệp Word của tờ trình và danh sách. Mặc định ' +
          '`level=council` (đề nghị cấp Nhà nước của Hội đồng). Cơ quan thường trực và thành viên Hội đồng.',
        params: periodParams,
        query: dossierPackageQuery,
        produces: ['application/zip'],
        200: documentResponse,
      },
      async ({ db, actor, params, query, reply }) => {
        const built = await buildDossierPackage(db, app.deps.config, actor, params.periodId, query);
        return deliverDossierPackage(db, actor, built, reply);
      },
    ),
    ...DOCUMENT_ROUTES.map((doc) =>
      raw(
        `GET ${doc.path}`,
        doc.summary,
        {
          description: doc.description,
          params: doc.params,
          query: doc.query ? formatQuery.extend(doc.query.shape) : formatQuery,
          produces: DOCUMENT_PRODUCES,
          200: documentResponse,
        },
        async ({ db, actor, params, query: input, reply }) => {
          const query = input as z.infer<typeof formatQuery> & Record<string, unknown>;
          const prepared = await doc.prepare(db, actor, params, query);
          return deliverDocument(app.deps, actor, prepared, query.format, reply);
        },
      ),
    ),
  ]);
}
