import { clusterMembers, type Database, meetings, quotas, type Transaction, units, votes } from '@thidua/db';
import { evaluatePeriod } from '@thidua/engine';
import { and, eq } from 'drizzle-orm';
import type { ClusterAccess } from '../../access/cluster-access';
import { AppError, type FieldError, invalid } from '../../http/errors';
import type { IssuedRuleset } from './issued-ruleset';
import { type DataGaps, gapsOfResult } from './proposal-completeness';
import {
  type ComputedRow,
  pendingTieMessage,
  proposalsFromRows,
  type ProposalDraft,
  type ResultLike,
  rowsFromResult,
} from './proposals-from-result';
import type { ProposalListBody } from '@thidua/contracts/awards';

type Db = Database | Transaction;

/** A cluster's member units with the codes `thidua/period@1` files name them by. */
export interface MemberCode {
  unitId: string;
  code: string;
  name: string;
}

export async function loadMemberCodes(db: Db, clusterId: string): Promise<MemberCode[]> {
  return db
    .select({ unitId: units.id, code: units.code, name: units.name })
    .from(clusterMembers)
    .innerJoin(units, eq(units.id, clusterMembers.unitId))
    .where(eq(clusterMembers.clusterId, clusterId));
}

/** The stored quotas of a cluster, by award code. */
export async function loadQuotas(db: Db, clusterId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ awardCode: quotas.awardCode, quota: quotas.quota })
    .from(quotas)
    .where(eq(quotas.clusterId, clusterId));
  return new Map(rows.map((q) => [q.awardCode, q.quota]));
}

/** A meeting named in a request must be one of the scope's own (a cluster's, or the council's). */
export async function checkMeeting(
  db: Db,
  meetingId: string | undefined,
  scope: { periodId: string; clusterId: string | null },
): Promise<void> {
  if (!meetingId) return;
  const [meeting] = await db.select().from(meetings).where(eq(meetings.id, meetingId)).limit(1);
  if (meeting && meeting.periodId === scope.periodId && meeting.clusterId === scope.clusterId) return;
  throw invalid([
    {
      path: 'body.meetingId',
      message: scope.clusterId
        ? 'không phải cuộc họp của cụm, khối này'
        : 'không phải cuộc họp của Hội đồng trong kỳ này',
    },
  ]);
}

/** Drafts with the request path each one came from, so a refusal names the right field. */
export interface Drafts {
  drafts: ProposalDraft[];
  pathOf: (source: number) => string;
  /** What the units' results lack, when the result was computed here (a period document). */
  gaps?: Map<string, DataGaps>;
}

/**
 * The drafts of a proposal list, from exactly one of the request's sources: the computed `rows`, the
 * `result` document of the results endpoint, or a `period` document scored here by the engine.
 */
export async function draftsFromRequest(
  db: Db,
  access: ClusterAccess,
  body: ProposalListBody,
  issued: IssuedRuleset,
  members: MemberCode[],
): Promise<Drafts> {
  const sources = [body.rows, body.result, body.period].filter((source) => source !== undefined);
  if (sources.length !== 1) {
    throw invalid([
      {
        path: 'body',
        message:
          'cần gửi đúng một trong ba: rows (kết quả đã tính), result (tài liệu thidua/result@1) ' +
          'hoặc period (tệp kỳ thi đua)',
      },
    ]);
  }
  if (body.rows) return { drafts: proposalsFromRows(body.rows), pathOf: (i) => `body.rows[${i}]` };
  if (body.result) return draftsFromResult(body.result, members);
  return draftsFromPeriod(db, access, body.period!, body.meetingId, issued, members);
}

/**
 * Scores a period document with the engine, as the CLI would, but with the cluster's issued ruleset and
 * stored quotas put in place of the document's (a proposal must never rest on rules nobody issued), and
 * with the tie-break votes recorded at the meeting when one is named.
 */
async function draftsFromPeriod(
  db: Db,
  access: ClusterAccess,
  period: Record<string, unknown>,
  meetingId: string | undefined,
  issued: IssuedRuleset,
  members: MemberCode[],
): Promise<Drafts> {
  const codeOf = new Map(members.map((m) => [m.unitId, m.code]));
  const document: Record<string, unknown> = {
    ...period,
    ruleset: issued.ruleset,
    quotas: Object.fromEntries(await loadQuotas(db, access.clusterId)),
  };
  if (meetingId) {
    const recorded = await db
      .select({ award: votes.awardCode, unitId: votes.unitId, votes: votes.votes })
      .from(votes)
      .where(and(eq(votes.meetingId, meetingId), eq(votes.purpose, 'tieBreak')));
    document.votes = recorded.flatMap((v) => {
      const unit = codeOf.get(v.unitId);
      return unit && v.award ? [{ award: v.award, unit, votes: v.votes }] : [];
    });
  }
  const evaluation = evaluatePeriod(document);
  if (!evaluation.ok) {
    throw invalid(
      evaluation.errors.map((e) => ({
        path: e.path === '(tệp)' ? 'body.period' : `body.period.${e.path}`.replace('.[', '['),
        message: e.message,
      })),
      'Tệp kỳ thi đua không hợp lệ',
    );
  }
  const idOf = new Map(members.map((m) => [m.code, m.unitId]));
  return {
    ...draftsFromResult(evaluation.result, members, period),
    gaps: gapsOfResult(evaluation.result.units, (code) => idOf.get(code)),
  };
}

/**
 * The drafts of a scored result (sent by the client, or just computed from a period document): refused
 * while a tie is pending, and every unit code must be a member of the cluster. Paths point at the unit
 * in the request: `body.result.units[i]`, or `body.period.units[i]` when the result was computed here.
 */
function draftsFromResult(
  result: ResultLike,
  members: MemberCode[],
  period?: Record<string, unknown>,
): Drafts {
  const byCode = new Map(members.map((m) => [m.code, m]));
  const pending = pendingTieMessage(result, (code) => byCode.get(code)?.name ?? code);
  if (pending) throw new AppError('RESULT_INCOMPLETE', pending);

  const listed: { id?: unknown }[] = period
    ? Array.isArray(period.units)
      ? (period.units as { id?: unknown }[])
      : []
    : result.units.map((u) => ({ id: u.unit }));
  const base = period ? 'body.period.units' : 'body.result.units';
  const indexOf = new Map(listed.map((u, i) => [u.id, i]));
  const pathOfCode = (code: string) => `${base}[${indexOf.get(code) ?? 0}]`;

  const { rows, unknownCodes } = rowsFromResult(result, (code) => byCode.get(code)?.unitId);
  if (unknownCodes.length > 0) {
    throw invalid(
      unknownCodes.map((code): FieldError => ({
        path: `${pathOfCode(code)}.${period ? 'id' : 'unit'}`,
        message: `"${code}" không phải mã đơn vị thành viên của cụm, khối`,
      })),
    );
  }
  const codeOf = new Map(members.map((m) => [m.unitId, m.code]));
  const paths = rows.map((row: ComputedRow) => pathOfCode(codeOf.get(row.unitId) ?? ''));
  return { drafts: proposalsFromRows(rows), pathOf: (i) => paths[i] ?? base };
}
