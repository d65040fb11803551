import { PROPOSAL_STATUSES } from '@thidua/vocabulary';
import { z } from 'zod';
import { text, optionalText as blankable, pageQuery, version } from './primitives';
export { periodParams, clusterParams } from './primitives';

export const quotaParams = z.object({ quotaId: z.uuid() });
export const proposalParams = z.object({ proposalId: z.uuid() });
export const decisionParams = z.object({ decisionId: z.uuid() });

const optionalText = (max: number) => blankable(max).nullable().optional();
const awardCode = text(40);
/** Free text up to 2,000 characters; whether it may be blank is the service's call (REASON_REQUIRED). */
const reason = z.string().max(2000).optional();

/** A score as the engine writes it: a JSON number with at most two decimals (SPEC §8). */
const score = z
  .number()
  .min(0)
  .max(99_999_999.99)
  .refine((n) => /^\d+(\.\d{1,2})?$/.test(String(n)), 'có tối đa hai chữ số thập phân');

// ---- quotas ----------------------------------------------------------------------------------------

export const quotaBody = z.object({
  awardCode,
  /** How many units of the cluster may receive the award (SPEC §7). */
  quota: z.number().int().min(0).max(10_000),
  /** The document that set it, e.g. "125/QĐ-UBND" (Bắc Giang: the provincial chair's yearly decision). */
  sourceNumber: text(100),
  note: optionalText(2000),
});

export const quotaPatch = z.object({
  version,
  quota: z.number().int().min(0).max(10_000).optional(),
  sourceNumber: text(100).optional(),
  note: optionalText(2000),
  reason,
});

export const quotaView = z.object({
  id: z.string(),
  clusterId: z.string(),
  awardCode: z.string(),
  awardName: z.string().nullable(),
  quota: z.number().int(),
  sourceNumber: z.string().nullable(),
  note: z.string().nullable(),
  version: z.number().int(),
  abilities: z.object({ update: z.boolean() }),
});

// ---- award proposals -------------------------------------------------------------------------------

/** One row of a computed result, as the results endpoint gives it; a null award proposes nothing. */
export const resultRow = z.object({
  unitId: z.uuid(),
  awardCode: awardCode.nullable().optional(),
  finalScore: score,
  rank: z.number().int().min(1),
});

/** The parts of a `thidua/result@1` document (SPEC §8) a proposal list is made from; other fields pass. */
const resultDocument = z.object({
  format: z.literal('thidua/result@1'),
  complete: z.boolean(),
  units: z
    .array(
      z.looseObject({
        unit: z.string().min(1),
        final: score,
        rank: z.number().int().min(1),
        award: z.string().nullable(),
      }),
    )
    .max(5000),
  pendingVotes: z.array(
    z.looseObject({ award: z.string(), places: z.number().int(), units: z.array(z.string()) }),
  ),
});

export const proposalListBody = z.object({
  /** The summary meeting that deliberated the list (its recorded tie-break votes are used with `period`). */
  meetingId: z.uuid().optional(),
  /** Either the computed rows… */
  rows: z.array(resultRow).min(1).max(5000).optional(),
  /** …or the `thidua/result@1` document of GET /clusters/{clusterId}/results, units named by code… */
  result: resultDocument.optional(),
  /** …or a `thidua/period@1` document to score with the cluster's issued ruleset and stored quotas. */
  period: z.record(z.string(), z.unknown()).optional(),
  note: optionalText(2000),
  /**
   * The standing office's confirmation that these units, whose figures or facts are not all in, may be
   * proposed all the same (issue #11 §2), with the reason; their proposals stay provisional.
   */
  confirmIncomplete: z.object({ unitIds: z.array(z.uuid()).min(1).max(5000), reason }).optional(),
});

export const proposalPatch = z.object({
  version,
  reason,
  awardCode: awardCode.optional(),
  note: optionalText(2000),
});

export const withdrawBody = z.object({ version, reason });

/** The standing office returns a proposal to its cluster, with the reason the cluster must address. */
export const returnBody = withdrawBody;

export const decideBody = z.object({
  version,
  outcome: z.enum(['approved', 'rejected']),
  reason,
  /** The council decision (quyết định) that grants or refuses it. */
  decisionId: z.uuid(),
});

export const proposalListQuery = pageQuery.extend({
  status: z.enum(PROPOSAL_STATUSES).optional(),
  awardCode: blankable(40).optional(),
});

export const periodProposalListQuery = proposalListQuery.extend({
  clusterId: z.uuid().optional(),
  /** `council`: only the council's own proposals (the Government-flag nominee). */
  level: z.enum(['cluster', 'council']).optional(),
});

export const decisionRef = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  signedOn: z.string().nullable(),
  signer: z.string().nullable(),
});

export const proposalView = z.object({
  id: z.string(),
  periodId: z.string(),
  clusterId: z.string().nullable(),
  clusterName: z.string().nullable(),
  unitId: z.string(),
  unitName: z.string(),
  awardCode: z.string(),
  criteriaVersionId: z.string().nullable(),
  finalScore: z.number().nullable(),
  rank: z.number().int().nullable(),
  /** The council's vote on a Government-flag nominee (Nghị định 152/2025/NĐ-CP Art. 33.5). */
  vote: z.object({ inFavour: z.number().int(), members: z.number().int() }).nullable(),
  status: z.enum(PROPOSAL_STATUSES),
  meetingId: z.string().nullable(),
  decision: decisionRef.nullable(),
  note: z.string().nullable(),
  reason: z.string().nullable(),
  /** Set when the standing office let the proposal go ahead with the unit's data incomplete (#11 §2). */
  incompleteConfirmation: z.string().nullable(),
  version: z.number().int(),
  abilities: z.object({
    adjust: z.boolean(),
    withdraw: z.boolean(),
    decide: z.boolean(),
    /** Return to the cluster with a reason: the standing office, for a cluster's open proposal. */
    return: z.boolean(),
  }),
});

// ---- council decisions -----------------------------------------------------------------------------

export const decisionBody = z.object({
  /** Number and symbol, e.g. "1234/QĐ-UBND". */
  number: text(100),
  title: text(1000),
  signedOn: z.iso.date().nullable().optional(),
  signer: optionalText(300),
  note: optionalText(2000),
});

export const decisionPatch = decisionBody.partial().extend({ version, reason });

export const decisionView = decisionRef.extend({
  councilId: z.string(),
  periodId: z.string(),
  note: z.string().nullable(),
  version: z.number().int(),
  abilities: z.object({ update: z.boolean() }),
});

// ---- the Government-flag nominee --------------------------------------------------------------------

export const nomineeBody = z.object({
  unitId: z.uuid(),
  /**
   * The council's vote (Art. 33.5): votes in favour and the number of all the council's members; it must
   * reach 80 % of the members. Optional in the shape so a wrong role is told 403, required by the rule.
   */
  vote: z
    .object({
      inFavour: z.number().int().min(0).meta({ description: 'Số thành viên Hội đồng đồng ý' }),
      members: z.number().int().min(1).max(1000).meta({ description: 'Tổng số thành viên Hội đồng' }),
    })
    .optional(),
  /** A council meeting of the period where the choice was made, if any. */
  meetingId: z.uuid().optional(),
  reason,
  note: optionalText(2000),
});

export const candidateView = z.object({
  proposalId: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  clusterId: z.string().nullable(),
  clusterName: z.string().nullable(),
  awardCode: z.string(),
  finalScore: z.number().nullable(),
  rank: z.number().int().nullable(),
  status: z.enum(PROPOSAL_STATUSES),
});

/** The rules of the Government flag for a period, with its numbers (Nghị định 152/2025/NĐ-CP). */
export const flagRulesView = z.object({
  /** Collectives leading a cluster or block of the period (clusters with member units). */
  leaders: z.number().int(),
  /** ⌊20 % × leaders⌋, at least 1 (Art. 7.1). */
  limit: z.number().int(),
  /** Council nominees standing (proposed or approved). */
  standing: z.number().int(),
  /** Art. 33.5: the share of all council members a vote must reach. */
  votePercent: z.number().int(),
  /** Art. 35.1: the dossier date (ISO). */
  dossierDue: z.iso.date(),
});

export type ResultRow = z.infer<typeof resultRow>;
export type QuotaBody = z.infer<typeof quotaBody>;
export type QuotaPatch = z.infer<typeof quotaPatch>;
/** A new quota as the client sends it. */
export type QuotaInput = z.input<typeof quotaBody>;
export type QuotaPatchInput = z.input<typeof quotaPatch>;
export type ProposalListBody = z.infer<typeof proposalListBody>;
export type ProposalPatch = z.infer<typeof proposalPatch>;
export type DecideBody = z.infer<typeof decideBody>;
export type DecisionBody = z.infer<typeof decisionBody>;
export type DecisionPatch = z.infer<typeof decisionPatch>;
export type NomineeBody = z.infer<typeof nomineeBody>;
export type ProposalView = z.infer<typeof proposalView>;
export type QuotaView = z.infer<typeof quotaView>;
export type DecisionView = z.infer<typeof decisionView>;
export type DecisionRefView = z.infer<typeof decisionRef>;
export type CandidateView = z.infer<typeof candidateView>;
export type FlagRulesView = z.infer<typeof flagRulesView>;
