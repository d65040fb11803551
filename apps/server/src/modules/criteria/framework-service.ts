import { type Database, frameworks, type RulesetDocument, type Transaction } from '@thidua/db';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { requireCouncilMember, requireStandingOffice } from '../../access/council-access';
import type { Actor } from '../../auth/actor';
import { findById, insertAudited, updateAudited } from '../../http/versioned-update';
import { AppError } from '../../http/errors';
import type { frameworkCreateBody, frameworkPatch } from '@thidua/contracts/criteria-frameworks';
import { CRITERIA_MSG as M } from './messages';
import { requireReason } from '../../kernel/reason';
import { requireValidRuleset, resolveSource } from './framework-source';
import { assertLatestOf, insertRevision, issueDocument } from './revisions';
import type { issueBody, reviseBody } from '@thidua/contracts/criteria-shared';

type CreateBody = z.infer<typeof frameworkCreateBody>;

/** Loads a framework for anyone in its council; another council's framework does not exist (404). */
export async function loadFramework(tx: Database | Transaction, actor: Actor, frameworkId: string) {
  const framework = await findById(tx, frameworks, frameworkId, 'khung tiêu chí');
  return { framework, access: requireCouncilMember(actor, framework.councilId) };
}

/** A framework its council's standing office changes: 403 for anyone else, 404 for another council. */
async function loadFrameworkForWrite(tx: Transaction, actor: Actor, frameworkId: string) {
  const { framework } = await loadFramework(tx, actor, frameworkId);
  requireStandingOffice(actor, framework.councilId);
  return framework;
}

/** `loadFrameworkForWrite`, still a draft: an issued framework is locked (CRITERIA_ISSUED). */
async function loadDraftFramework(tx: Transaction, actor: Actor, frameworkId: string) {
  const framework = await loadFrameworkForWrite(tx, actor, frameworkId);
  if (framework.status === 'issued') throw new AppError('CRITERIA_ISSUED', M.frameworkIssued);
  return framework;
}

const ratioText = (ratio: number | null | undefined, fallback: string | null) =>
  ratio === undefined ? fallback : ratio === null ? null : String(ratio);

/** Creates revision 1 of a framework (standing office), audited. */
export async function createFramework(tx: Transaction, actor: Actor, councilId: string, body: CreateBody) {
  requireStandingOffice(actor, councilId);
  const source = await resolveSource(tx, councilId, body);
  const fixedGroupCodes = body.fixedGroupCodes ?? source.fixedGroupCodes;
  const ruleset = requireValidRuleset(source.ruleset, fixedGroupCodes);
  const created = await insertAudited(
    tx,
    actor,
    frameworks,
    {
      councilId,
      code: body.code,
      name: body.name ?? source.name,
      unitType: body.unitType === undefined ? source.unitType : body.unitType,
      profileCode: source.profileCode,
      ruleset: ruleset as RulesetDocument,
      fixedGroupCodes,
      maxAddedCriteriaRatio: ratioText(body.maxAddedCriteriaRatio, source.maxAddedCriteriaRatio),
    },
    {
      councilId,
      entityType: 'framework',
    },
  );
  return created;
}

/** Edits a draft framework (standing office); an issued one is locked. */
export async function updateFramework(
  tx: Transaction,
  actor: Actor,
  frameworkId: string,
  body: z.infer<typeof frameworkPatch>,
) {
  const before = await loadDraftFramework(tx, actor, frameworkId);
  const fixedGroupCodes = body.fixedGroupCodes ?? before.fixedGroupCodes;
  const ruleset = requireValidRuleset(body.ruleset ?? before.ruleset, fixedGroupCodes);
  return updateAudited(
    tx,
    actor,
    frameworks,
    before,
    body.version,
    {
      name: body.name ?? before.name,
      unitType: body.unitType === undefined ? before.unitType : body.unitType,
      ruleset: ruleset,
      fixedGroupCodes,
      maxAddedCriteriaRatio: ratioText(body.maxAddedCriteriaRatio, before.maxAddedCriteriaRatio),
    },
    { councilId: before.councilId, entityType: 'framework' },
  );
}

/** Issues a framework with its document number and date; from then on the database locks the row. */
export async function issueFramework(
  tx: Transaction,
  actor: Actor,
  frameworkId: string,
  body: z.infer<typeof issueBody>,
) {
  const before = await loadDraftFramework(tx, actor, frameworkId);
  return issueDocument(tx, actor, frameworks, before, body, {
    councilId: before.councilId,
    entityType: 'framework',
  });
}

/**
 * A change after issue: a new draft revision copying the latest issued one, with a required reason.
 * Only the latest revision may be revised, so revisions form one line.
 */
export async function reviseFramework(
  tx: Transaction,
  actor: Actor,
  frameworkId: string,
  body: z.infer<typeof reviseBody>,
) {
  const source = await loadFrameworkForWrite(tx, actor, frameworkId);
  const reason = requireReason(body.reason);
  if (source.status !== 'issued') throw new AppError('CRITERIA_STATUS', M.frameworkDraftNoRevision);
  const line = and(eq(frameworks.councilId, source.councilId), eq(frameworks.code, source.code));
  await assertLatestOf(tx, frameworks, line, source.revision);
  return insertRevision(
    tx,
    actor,
    frameworks,
    source,
    {
      councilId: source.councilId,
      code: source.code,
      revision: source.revision + 1,
      name: source.name,
      unitType: source.unitType,
      profileCode: source.profileCode,
      ruleset: source.ruleset,
      fixedGroupCodes: source.fixedGroupCodes,
      maxAddedCriteriaRatio: source.maxAddedCriteriaRatio,
      supersedesId: source.id,
      changeReason: reason,
    },
    { councilId: source.councilId, entityType: 'framework', reason },
  );
}
