import { awardProposals, type Database, votes } from '@thidua/db';
import { renderDossierPackage } from '@thidua/documents';
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../../auth/actor';
import { recordAudit } from '../../audit/record-audit';
import type { ServerConfig } from '../../config';
import { attachmentHeader } from '../../files/attachment-names';
import { prepareAchievementReport } from './achievement-report';
import { prepareAwardProposal } from './award-documents';
import type { ProposalSelection } from './award-proposals';
import { dataVersion } from './deliver';
import { pdfFonts } from './fonts';
import { prepareMinutes, prepareVoteCount } from './meeting';
import { signIfConfigured } from './signing';

export interface BuiltDossierPackage {
  fileName: string;
  zip: Uint8Array;
  files: readonly string[];
  councilId: string;
  source: Record<string, unknown>;
  signature: { signer: string; signedAt: string } | null;
}

/**
 * The dossier package of a period's proposals (Nghị định 152/2025/NĐ-CP Art. 33.12: a PDF of the whole
 * dossier and the Word files of the tờ trình and the list): the tờ trình, the list, one achievement report
 * per proposed collective, the minutes and vote counts of the meetings that agreed them — each prepared
 * under its own read rule, so a caller sees only what they may. The PDF is signed with the council's
 * certificate (else the deployment's) when there is one. The dossier screens link to `GET /periods/{periodId}/documents/dossier-package`.
 */
export async function buildDossierPackage(
  db: Database,
  config: ServerConfig,
  actor: Actor,
  periodId: string,
  selection: ProposalSelection,
): Promise<BuiltDossierPackage> {
  const proposal = await prepareAwardProposal(db, actor, periodId, selection);
  const list = await prepareAwardProposal(db, actor, periodId, selection, true);
  const proposalIds = (proposal.source.proposalIds as string[] | undefined) ?? [];
  const reports = [];
  for (const id of proposalIds) reports.push(await prepareAchievementReport(db, actor, id));
  const meetingIds =
    proposalIds.length === 0
      ? []
      : (
          await db
            .selectDistinct({ id: awardProposals.meetingId })
            .from(awardProposals)
            .where(and(inArray(awardProposals.id, proposalIds), isNotNull(awardProposals.meetingId)))
        ).map((r) => r.id!);
  const minutes = [];
  for (const id of meetingIds) {
    minutes.push(await prepareMinutes(db, actor, id));
    const [counted] = await db.select({ id: votes.id }).from(votes).where(eq(votes.meetingId, id)).limit(1);
    if (counted) minutes.push(await prepareVoteCount(db, actor, id));
  }
  // The tờ trình's name with its level moved up front: "Hồ sơ đề nghị khen thưởng cấp Nhà nước - Năm 2025".
  const level = selection.level === 'council' ? ' cấp Nhà nước' : '';
  const stem = proposal.fileName
    .split(' - ')
    .slice(1, level ? -1 : undefined)
    .join(' - ');
  const name = `Hồ sơ đề nghị khen thưởng${level} - ${stem}`;
  let signature: BuiltDossierPackage['signature'] = null;
  const built = await renderDossierPackage(
    {
      name,
      proposal: proposal.document,
      list: list.document,
      reports: reports.map((r) => r.document),
      minutes: minutes.map((m) => m.document),
    },
    {
      fonts: await pdfFonts(),
      author: proposal.author,
      finishPdf: async (pdf) => {
        const signed = await signIfConfigured({ db, config }, proposal.councilId, pdf, {
          issuingBody: proposal.document.header.issuingBody,
          place: proposal.document.header.place,
        });
        if (!signed) return pdf;
        signature = { signer: signed.signer, signedAt: signed.signedAt.toISOString() };
        return signed.pdf;
      },
    },
  );
  return {
    fileName: `${name}.zip`,
    zip: built.zip,
    files: built.files,
    councilId: proposal.councilId,
    source: {
      periodId,
      ...selection,
      proposalIds,
      meetingIds,
      dataVersion: dataVersion([proposal.data, ...reports.map((r) => r.data), ...minutes.map((m) => m.data)]),
    },
    signature,
  };
}

/** Sends the package as a zip attachment and records its generation (who, what, from which data). */
export async function deliverDossierPackage(
  db: Database,
  actor: Actor,
  built: BuiltDossierPackage,
  reply: FastifyReply,
): Promise<FastifyReply> {
  await recordAudit(db, actor, {
    councilId: built.councilId,
    entityType: 'document',
    entityId: built.source.periodId as string,
    action: 'generate',
    new: {
      document: 'dossierPackage',
      documentTitle: 'Hồ sơ đề nghị khen thưởng (khoản 12 Điều 33 Nghị định 152/2025/NĐ-CP)',
      format: 'zip',
      fileName: built.fileName,
      files: built.files,
      ...built.source,
      bytes: built.zip.length,
      ...(built.signature ? { signature: built.signature } : {}),
    },
  });
  return reply
    .header('content-type', 'application/zip')
    .header('content-length', built.zip.length)
    .header('content-disposition', attachmentHeader(built.fileName))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(Buffer.from(built.zip));
}
