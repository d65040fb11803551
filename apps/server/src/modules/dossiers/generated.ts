import { Readable } from 'node:stream';
import {
  type AwardProposal,
  awardProposals,
  clusterMembers,
  criteriaVersions,
  type Database,
  type Dossier,
  type DossierBatch,
  type DossierComponent,
  meetings,
} from '@thidua/db';
import { formatShortDate } from '@thidua/documents';
import {
  awardName,
  DOSSIER_GENERATOR_NAMES,
  type DossierComponentKind,
  type DossierGenerator,
} from '@thidua/vocabulary';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../auth/actor';
import type { ServerConfig } from '../../config';
import { AppError } from '../../http/errors';
import { prepareAchievementReport } from '../documents/achievement-report';
import { prepareAwardProposal } from '../documents/award-documents';
import { type PreparedDocument, renderPrepared } from '../documents/deliver';
import { prepareMinutes } from '../documents/meeting';
import { localToday } from '../../kernel/dates';
import { discardFile, type ReceivedFile, receiveFile } from '../../files/blob-store';
import { deleteComponentAudited, insertComponentAudited } from './components';
import { loadComponents } from './requirements';
import { findDossier } from './service';
import { assertPeriodWritable, requireDossierWrite } from '../plans-shared/policy';

// Issue #14 §2: the documents the product writes (tờ trình, báo cáo thành tích, biên bản) are attached to
// a dossier as components by themselves when their source exists — on filing, and on demand when the
// source appears later (the minutes after the summary meeting). Each is the same document the documents
// routes send, prepared under its own read rule for the acting user, rendered as PDF and stored like an
// upload (content-addressed, SHA-256, size, MIME), with its audit row in the transaction that links it.

type Db = Database;

/** The component kind each generator fills. */
export const GENERATOR_KINDS: Record<DossierGenerator, DossierComponentKind> = {
  'proposal-statement': 'toTrinh',
  'achievement-report': 'baoCaoThanhTich',
  'meeting-minutes': 'bienBan',
};

/** A generated document the dossier could hold: its source exists, or the reason it does not. */
export type GeneratedSource =
  | { generator: DossierGenerator; prepare: () => Promise<PreparedDocument>; reason?: undefined }
  | { generator: DossierGenerator; reason: string; prepare?: undefined };

/** The award codes a dossier's kind stands for (the built-in ladders' codes, AWARD_NAMES). */
const KIND_CODES: Partial<Record<Dossier['kind'], RegExp>> = {
  coThiDua: /^CO_/,
  bangKhen: /^BK_/,
  tapTheLaoDongXuatSac: /^TTLDXS$/,
  tapTheLaoDongTienTien: /^TTLDTT$/,
};

const same = (a: string, b: string) => a.trim().toLocaleLowerCase('vi') === b.trim().toLocaleLowerCase('vi');

/**
 * The unit's proposal (proposed or approved) this dossier files: of the same level (a State-level
 * dossier comes from the council's own proposals, any other from a cluster's), of the award the
 * dossier's kind or exact award name says; null with the reason when there is none or more than one.
 */
async function proposalOf(
  db: Db,
  dossier: Dossier,
  batch: DossierBatch,
): Promise<{ proposal: AwardProposal } | { reason: string }> {
  const rows = await db
    .select({ proposal: awardProposals, ruleset: criteriaVersions.ruleset })
    .from(awardProposals)
    .leftJoin(criteriaVersions, eq(criteriaVersions.id, awardProposals.criteriaVersionId))
    .where(
      and(
        eq(awardProposals.periodId, batch.periodId),
        eq(awardProposals.unitId, dossier.unitId),
        inArray(awardProposals.status, ['proposed', 'approved']),
      ),
    )
    .orderBy(asc(awardProposals.createdAt));
  const national = dossier.level === 'national';
  const codes = KIND_CODES[dossier.kind];
  const matching = rows.filter(({ proposal, ruleset }) => {
    if ((proposal.clusterId === null) !== national) return false;
    if (codes && !codes.test(proposal.awardCode)) return false;
    const name = awardName(proposal.awardCode, ruleset as { awards?: { code: string; name?: string }[] });
    return !dossier.awardName || same(name, dossier.awardName) || codes !== undefined;
  });
  if (matching.length === 1) return { proposal: matching[0]!.proposal };
  if (matching.length === 0) {
    return {
      reason: `Đơn vị chưa có đề nghị khen thưởng ${national ? 'cấp Nhà nước của Hội đồng' : 'của cụm, khối'} cho hình thức này trong kỳ (màn hình "Đề nghị khen thưởng")`,
    };
  }
  return {
    reason:
      'Đơn vị có nhiều đề nghị khen thưởng khớp với hồ sơ này: ghi rõ hình thức khen thưởng (tên danh hiệu) của hồ sơ',
  };
}

/** The meeting whose minutes go with the dossier: the one that agreed the proposal, else the cluster's summary. */
async function meetingOf(db: Db, dossier: Dossier, batch: DossierBatch, proposal: AwardProposal | null) {
  if (proposal?.meetingId) {
    const [agreed] = await db.select().from(meetings).where(eq(meetings.id, proposal.meetingId)).limit(1);
    if (agreed) return { meeting: agreed, reason: null };
  }
  const clusterId =
    proposal?.clusterId ??
    (
      await db
        .select({ id: clusterMembers.clusterId })
        .from(clusterMembers)
        .where(and(eq(clusterMembers.periodId, batch.periodId), eq(clusterMembers.unitId, dossier.unitId)))
        .limit(1)
    )[0]?.id;
  if (!clusterId) {
    return { meeting: null, reason: 'Đơn vị không thuộc cụm, khối thi đua nào trong kỳ' };
  }
  const [summary] = await db
    .select()
    .from(meetings)
    .where(
      and(
        eq(meetings.periodId, batch.periodId),
        eq(meetings.clusterId, clusterId),
        eq(meetings.kind, 'tongKet'),
      ),
    )
    .orderBy(desc(meetings.heldOn))
    .limit(1);
  return summary
    ? { meeting: summary, reason: null }
    : { meeting: null, reason: 'Cụm, khối chưa ghi nhận hội nghị tổng kết (chưa có biên bản họp)' };
}

/**
 * What the product can generate for a dossier now. Only collectives: an individual's report and the
 * minutes of their unit's own meeting are not documents the product holds.
 */
export async function generatedSources(
  db: Db,
  actor: Actor,
  dossier: Dossier,
  batch: DossierBatch,
): Promise<GeneratedSource[]> {
  if (dossier.subject === 'individual') {
    const reason = 'Hồ sơ cá nhân: hệ thống chỉ lập văn bản cho tập thể được đề nghị từ kết quả chấm điểm';
    return [
      { generator: 'proposal-statement', reason },
      { generator: 'achievement-report', reason },
      { generator: 'meeting-minutes', reason },
    ];
  }
  const found = await proposalOf(db, dossier, batch);
  const proposal = 'proposal' in found ? found.proposal : null;
  const { meeting, reason: noMeeting } = await meetingOf(db, dossier, batch, proposal);
  const today = localToday();
  const sources: GeneratedSource[] = [];
  if (proposal) {
    sources.push({
      generator: 'proposal-statement',
      prepare: () =>
        prepareAwardProposal(db, actor, batch.periodId, {
          level: proposal.clusterId ? 'cluster' : 'council',
          clusterId: proposal.clusterId ?? undefined,
          awardCode: proposal.awardCode,
        }),
    });
    sources.push({
      generator: 'achievement-report',
      prepare: () => prepareAchievementReport(db, actor, proposal.id),
    });
  } else {
    const reason = 'reason' in found ? found.reason : '';
    sources.push({ generator: 'proposal-statement', reason }, { generator: 'achievement-report', reason });
  }
  if (!meeting) {
    sources.push({ generator: 'meeting-minutes', reason: noMeeting ?? '' });
  } else if (meeting.heldOn > today) {
    sources.push({
      generator: 'meeting-minutes',
      reason: `Hội nghị dự kiến họp ngày ${formatShortDate(meeting.heldOn)}, chưa có biên bản`,
    });
  } else {
    sources.push({ generator: 'meeting-minutes', prepare: () => prepareMinutes(db, actor, meeting.id) });
  }
  return sources;
}

/** One generated document the dossier still lacks, and why. */
export interface MissingGenerated {
  generator: DossierGenerator;
  generatorName: string;
  kind: DossierComponentKind;
  reason: string;
}

export interface AttachResult {
  attached: DossierComponent[];
  missing: MissingGenerated[];
}

const missingOf = (generator: DossierGenerator, reason: string): MissingGenerated => ({
  generator,
  generatorName: DOSSIER_GENERATOR_NAMES[generator],
  kind: GENERATOR_KINDS[generator],
  reason,
});

const UPLOADED =
  'Hồ sơ đã có tệp tải lên cho thành phần này; gỡ tệp đó nếu muốn dùng văn bản do hệ thống lập';

const ATTACH = 'Đã có dữ liệu, chưa đính kèm: bấm "Đính kèm văn bản do hệ thống lập"';
const NOT_YET: Record<DossierGenerator, string> = {
  'proposal-statement': `${ATTACH} (tờ trình do cơ quan thường trực hoặc thành viên Hội đồng đính kèm)`,
  'achievement-report': ATTACH,
  'meeting-minutes': ATTACH,
};

/**
 * The generated documents a dossier does not hold, with why (for the screen): those whose source is
 * missing, and those whose source exists but that are not attached yet.
 */
export async function missingGenerated(
  db: Db,
  actor: Actor,
  dossier: Dossier,
  batch: DossierBatch,
  held: readonly DossierComponent[],
): Promise<MissingGenerated[]> {
  const out: MissingGenerated[] = [];
  for (const source of await generatedSources(db, actor, dossier, batch)) {
    if (held.some((c) => c.generatedBy === source.generator)) continue;
    if (source.reason !== undefined) out.push(missingOf(source.generator, source.reason));
    else if (held.some((c) => c.kind === GENERATOR_KINDS[source.generator] && !c.generatedBy))
      out.push(missingOf(source.generator, UPLOADED));
    else out.push(missingOf(source.generator, NOT_YET[source.generator]));
  }
  return out;
}

interface Rendered {
  generator: DossierGenerator;
  prepared: PreparedDocument;
  file: ReceivedFile;
}

/**
 * Attaches every generated document whose source exists (issue #14 §2), as whoever may change the
 * dossier: its unit's staff until appraisal and the batch's deadline, or the standing office — and each
 * document only when the actor may read it (the tờ trình is the standing office's and the council's).
 * A generated component attached before is replaced by the new file (both audited: the old row is the
 * delete's old value); a kind that holds an uploaded file is left as it is. Files are rendered first,
 * then linked and audited in one transaction that checks the permission again.
 */
export async function attachGenerated(
  db: Db,
  config: ServerConfig,
  actor: Actor,
  dossierId: string,
): Promise<AttachResult> {
  const first = await findDossier(db, actor, dossierId);
  requireDossierWrite(first.scope, first.batch, [first.dossier.unitId], first.dossier);
  const held = await loadComponents(db, dossierId);
  const missing: MissingGenerated[] = [];
  const rendered: Rendered[] = [];
  try {
    for (const source of await generatedSources(db, actor, first.dossier, first.batch)) {
      const kind = GENERATOR_KINDS[source.generator];
      if (source.reason !== undefined) {
        missing.push(missingOf(source.generator, source.reason));
        continue;
      }
      if (held.some((c) => c.kind === kind && !c.generatedBy)) {
        missing.push(missingOf(source.generator, UPLOADED));
        continue;
      }
      let prepared: PreparedDocument;
      try {
        prepared = await source.prepare();
      } catch (error) {
        if (!(error instanceof AppError) || (error.code !== 'FORBIDDEN' && error.code !== 'NOT_FOUND')) {
          throw error;
        }
        missing.push(
          missingOf(
            source.generator,
            'Bạn không có quyền xem văn bản này; cơ quan thường trực có thể đính kèm bằng "Đính kèm văn bản do hệ thống lập"',
          ),
        );
        continue;
      }
      const { bytes } = await renderPrepared({ db, config }, prepared, 'pdf');
      const file = await receiveFile(Readable.from([Buffer.from(bytes)]), config.filesDir);
      rendered.push({ generator: source.generator, prepared, file });
    }
    const attached = await db.transaction(async (tx) => {
      const { dossier, batch, scope } = await findDossier(tx, actor, dossierId);
      requireDossierWrite(scope, batch, [dossier.unitId], dossier);
      await assertPeriodWritable(tx, batch.periodId);
      const now = await loadComponents(tx, dossierId);
      const out: DossierComponent[] = [];
      for (const r of rendered) {
        const kind = GENERATOR_KINDS[r.generator];
        const previous = now.filter((c) => c.generatedBy === r.generator);
        // The same bytes held as another component (an upload of this very file): nothing to add.
        if (now.some((c) => c.sha256 === r.file.sha256 && !previous.includes(c))) continue;
        for (const old of previous) {
          await deleteComponentAudited(tx, actor, batch.councilId, old, 'Thay bằng bản do hệ thống lập lại');
        }
        out.push(
          await insertComponentAudited(tx, actor, batch.councilId, config, r.file, {
            dossierId,
            kind,
            originalName: `${r.prepared.fileName}.pdf`,
            mimeType: 'application/pdf',
            generatedBy: r.generator,
          }),
        );
      }
      return out;
    });
    return { attached, missing };
  } finally {
    for (const r of rendered) await discardFile(r.file.tempPath);
  }
}
