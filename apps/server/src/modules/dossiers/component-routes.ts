import { DOSSIER_COMPONENT_NAMES, DOSSIER_GENERATOR_NAMES, type DossierGenerator } from '@thidua/vocabulary';
import type { DossierComponent } from '@thidua/db';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ACCEPTED_LIST } from '../../files/file-types';
import { findComponent, removeComponent, uploadComponent } from './components';
import { attachGenerated, missingGenerated } from './generated';
import { loadComponents, missingComponents, requiredComponents } from './requirements';
import { findDossier } from './service';
import { canWriteDossier } from '../plans-shared/policy';
import {
  componentKind as kind,
  componentsView,
  componentView,
  DOSSIER_TAGS,
  missingGeneratedView,
} from './schema';
import { removed } from '../../http/schemas';
import { fileDownload } from '../../http/file-download';
import { raw, registerRoutes, route } from '../../http/route-table';

const dossierParams = z.object({ dossierId: z.uuid() });
const componentParams = z.object({ componentId: z.uuid() });

const present = (c: DossierComponent) => ({
  id: c.id,
  dossierId: c.dossierId,
  kind: c.kind,
  kindName: DOSSIER_COMPONENT_NAMES[c.kind],
  originalName: c.originalName,
  sizeBytes: c.sizeBytes,
  mimeType: c.mimeType,
  generatedBy: c.generatedBy as DossierGenerator | null,
  generatorName: c.generatedBy ? (DOSSIER_GENERATOR_NAMES[c.generatedBy as DossierGenerator] ?? null) : null,
  createdAt: c.createdAt.toISOString(),
});

/** The files of an award dossier: its components, checked against the award's required list. */
export async function dossierComponentRoutes(app: FastifyInstance): Promise<void> {
  const { config } = app.deps;

  registerRoutes(app, DOSSIER_TAGS, [
    route(
      'GET /dossiers/:dossierId/components',
      'Thành phần hồ sơ và đối chiếu với danh mục bắt buộc',
      {
        description:
          'Tờ trình (Mẫu số 01), báo cáo thành tích, biên bản họp xét khen thưởng; hồ sơ cấp Nhà nước thêm danh ' +
          'sách trích ngang (khoản 12 Điều 33 Nghị định 152/2025/NĐ-CP). Minh chứng không bắt buộc.',
        params: dossierParams,
        200: componentsView,
      },
      async ({ db, actor, params }) => {
        const { dossier, batch, scope } = await findDossier(db, actor, params.dossierId);
        const items = await loadComponents(db, dossier.id);
        const missing = missingComponents(dossier, items);
        return {
          items: items.map(present),
          required: requiredComponents(dossier).map((k) => ({
            kind: k,
            name: DOSSIER_COMPONENT_NAMES[k],
            held: !missing.includes(k),
          })),
          missing,
          complete: missing.length === 0,
          missingGenerated: await missingGenerated(db, actor, dossier, batch, items),
          abilities: { change: canWriteDossier(scope, batch, dossier) },
        };
      },
    ),
    raw(
      'POST /dossiers/:dossierId/components',
      'Tải lên một thành phần hồ sơ',
      {
        description:
          `Gửi multipart/form-data, trường \`file\` (một tệp mỗi lần), loại thành phần ở tham số \`kind\`. Nhận ${ACCEPTED_LIST}. ` +
          'Đơn vị của hồ sơ (trước khi thẩm định và trong hạn nộp của đợt) hoặc cơ quan thường trực.',
        consumes: ['multipart/form-data'],
        params: dossierParams,
        query: z.object({ kind }),
        201: componentView,
      },
      async ({ db, actor, params, query, request }) => {
        const component = await uploadComponent(
          db,
          config,
          actor,
          params.dossierId,
          query.kind,
          request.files(),
        );
        return present(component);
      },
    ),
    route(
      'POST /dossiers/:dossierId/components/generated',
      'Đính kèm văn bản do hệ thống lập',
      {
        description:
          'Lập và đính kèm (PDF) tờ trình (Mẫu số 01), báo cáo thành tích của tập thể và biên bản hội nghị tổng kết ' +
          'của cụm khi đã có dữ liệu; bản do hệ thống lập trước đó được thay (nhật ký giữ bản cũ), thành phần đã có ' +
          'tệp tải lên được giữ nguyên. Trả về các thành phần vừa đính kèm và những văn bản chưa lập được, kèm lý do. ' +
          'Đơn vị của hồ sơ (trước khi thẩm định và trong hạn nộp của đợt) hoặc cơ quan thường trực; mỗi văn bản ' +
          'theo quyền xem của chính văn bản đó.',
        params: dossierParams,
        200: z.object({ attached: z.array(componentView), missing: z.array(missingGeneratedView) }),
      },
      async ({ db, actor, params }) => {
        const result = await attachGenerated(db, config, actor, params.dossierId);
        return { attached: result.attached.map(present), missing: result.missing };
      },
    ),
    fileDownload(
      config,
      'GET /dossier-components/:componentId',
      'Tải xuống một thành phần hồ sơ',
      { description: 'Luôn trả về dạng tệp đính kèm.', params: componentParams },
      'thành phần hồ sơ',
      async ({ db, actor, params }) => (await findComponent(db, actor, params.componentId)).component,
    ),
    route(
      'DELETE /dossier-components/:componentId',
      'Gỡ một thành phần khỏi hồ sơ',
      { params: componentParams, 204: removed },
      async ({ db, actor, params }) => removeComponent(db, actor, params.componentId),
    ),
  ]);
}
