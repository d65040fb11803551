import { councilSigningCertificates, type CouncilSigningCertificate, users } from '@thidua/db';
import { CertificateError, describeCertificate } from '@thidua/documents';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { isStandingOffice, requireCouncilMember, requireStandingOffice } from '../../access/council-access';
import { recordAudit } from '../../audit/record-audit';
import type { ServerConfig } from '../../config';
import { invalid, notFound } from '../../http/errors';
import { deleteVersioned, saveCouncilRow } from '../../http/versioned-update';
import { sealCertificate } from './certificate-seal';
import { letterheadParams } from './letterhead-schema';
import {
  signingCertificateBody,
  signingCertificateDeleteQuery,
  signingCertificateView,
  type SigningCertificateView,
} from './signing-certificate-schema';
import { registerRoutes, route } from '../../http/route-table';

const TAGS = ['Văn bản (Word, PDF)'];

/** What the audit log keeps of a certificate: who holds it and which it is — never the file or password. */
const audited = (row: CouncilSigningCertificate) => ({
  holder: row.holder,
  fingerprint: row.fingerprint,
  validFrom: row.validFrom.toISOString(),
  validTo: row.validTo.toISOString(),
  uploadedBy: row.uploadedBy,
});

/** Reads a PKCS#12 file with its password; what is wrong is said of the field that is wrong. */
function describeUpload(p12: Buffer, passphrase: string, now: Date) {
  let summary;
  try {
    summary = describeCertificate({ p12, passphrase });
  } catch (error) {
    if (!(error instanceof CertificateError)) throw error;
    if (error.reason === 'unreadable')
      throw invalid([
        {
          path: 'body.passphrase',
          message:
            'không mở được tệp chứng thư số: sai mật khẩu, hoặc tệp không phải PKCS#12 (.p12, .pfx) mà chương trình đọc được',
        },
      ]);
    throw invalid([
      {
        path: 'body.p12',
        message:
          error.reason === 'noKey'
            ? 'tệp chứng thư số không có khóa bí mật: cần tệp .p12/.pfx xuất kèm khóa'
            : 'tệp không có chứng thư số',
      },
    ]);
  }
  if (summary.validTo <= now)
    throw invalid([
      { path: 'body.p12', message: 'chứng thư số đã hết hiệu lực: PDF ký bằng nó không hợp lệ' },
    ]);
  return summary;
}

async function present(
  app: FastifyInstance,
  councilId: string,
  canUpdate: boolean,
): Promise<SigningCertificateView> {
  const { db, config } = app.deps;
  const [row] = await db
    .select({ certificate: councilSigningCertificates, uploader: users.displayName })
    .from(councilSigningCertificates)
    .innerJoin(users, eq(users.id, councilSigningCertificates.uploadedBy))
    .where(eq(councilSigningCertificates.councilId, councilId))
    .limit(1);
  const c = row?.certificate;
  return {
    councilId,
    configured: Boolean(c),
    holder: c?.holder ?? null,
    fingerprint: c?.fingerprint ?? null,
    validFrom: c?.validFrom.toISOString() ?? null,
    validTo: c?.validTo.toISOString() ?? null,
    uploadedAt: c?.updatedAt.toISOString() ?? null,
    uploadedBy: row?.uploader ?? null,
    deploymentSigns: deploymentSigns(config),
    version: c?.version ?? 0,
    abilities: { update: canUpdate },
  };
}

const deploymentSigns = (config: ServerConfig) => config.signing !== undefined;

/**
 * A council's own certificate for signing its PDFs (issue #12 §4): shown to its members by holder and
 * validity only; uploaded, replaced or removed by its standing office or administrator, audited.
 */
export async function signingCertificateRoutes(app: FastifyInstance): Promise<void> {
  const { config } = app.deps;

  registerRoutes(app, TAGS, [
    route(
      'GET /councils/:councilId/signing-certificate',
      'Chứng thư số ký văn bản PDF của Hội đồng (người giữ, hiệu lực)',
      {
        description:
          'Mọi người trong Hội đồng xem được người giữ, dấu vân tay và thời hạn; tệp và mật khẩu không bao giờ được trả lại.',
        params: letterheadParams,
        200: signingCertificateView,
      },
      async ({ actor, params }) => {
        const access = requireCouncilMember(actor, params.councilId);
        return present(app, params.councilId, isStandingOffice(access));
      },
    ),
    route(
      'PUT /councils/:councilId/signing-certificate',
      'Tải lên (hoặc thay) chứng thư số PKCS#12 ký các văn bản PDF của Hội đồng',
      {
        description:
          'Cơ quan thường trực hoặc quản trị Hội đồng. Tệp và mật khẩu được niêm phong (AES-256-GCM) bằng khóa ' +
          'của máy chủ, không bao giờ được trả lại hay ghi nhật ký; nhật ký ghi người giữ, dấu vân tay, thời hạn. ' +
          'Gửi `version` đã đọc (0 khi chưa có); sai phiên bản → 409.',
        params: letterheadParams,
        body: signingCertificateBody,
        200: signingCertificateView,
      },
      async ({ db, actor, params, body }) => {
        const { councilId } = params;
        requireStandingOffice(actor, councilId);
        const { p12: base64, passphrase, version } = body;
        const p12 = Buffer.from(base64, 'base64');
        const summary = describeUpload(p12, passphrase, new Date());
        const sealedP12 = await sealCertificate(config.secretKey, councilId, { p12, passphrase });
        const fields = {
          sealedP12,
          holder: summary.holder,
          fingerprint: summary.fingerprint,
          validFrom: summary.validFrom,
          validTo: summary.validTo,
          uploadedBy: actor.userId,
        };
        await db.transaction(async (tx) => {
          const { before, after } = await saveCouncilRow(
            tx,
            councilSigningCertificates,
            councilId,
            version,
            fields,
          );
          await recordAudit(tx, actor, {
            councilId,
            entityType: 'signingCertificate',
            entityId: after.id,
            action: before ? 'update' : 'create',
            ...(before ? { old: audited(before) } : {}),
            new: audited(after),
          });
        });
        return present(app, councilId, true);
      },
    ),
    route(
      'DELETE /councils/:councilId/signing-certificate',
      'Gỡ chứng thư số riêng của Hội đồng (PDF không ký, hoặc ký bằng chứng thư của máy chủ nếu có)',
      {
        description: 'Cơ quan thường trực hoặc quản trị Hội đồng; sai phiên bản → 409; ghi nhật ký.',
        params: letterheadParams,
        query: signingCertificateDeleteQuery,
        200: signingCertificateView,
      },
      async ({ db, actor, params, query }) => {
        const { councilId } = params;
        requireStandingOffice(actor, councilId);
        await db.transaction(async (tx) => {
          const [before] = await tx
            .select()
            .from(councilSigningCertificates)
            .where(eq(councilSigningCertificates.councilId, councilId))
            .for('update');
          if (!before) throw notFound('chứng thư số của Hội đồng');
          await deleteVersioned(tx, councilSigningCertificates, before.id, query.version);
          await recordAudit(tx, actor, {
            councilId,
            entityType: 'signingCertificate',
            entityId: before.id,
            action: 'delete',
            old: audited(before),
            ...(query.reason ? { reason: query.reason } : {}),
          });
        });
        return present(app, councilId, true);
      },
    ),
  ]);
}
