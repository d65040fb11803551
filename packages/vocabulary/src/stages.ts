import { PERIOD_STAGES, type PeriodStage } from './enums';
import { STAGE_NAMES } from './names';

/**
 * The one stage table (SPEC §4): every write that the period's stage gates, the stages it is allowed in,
 * and how a refusal names it. The server's services ask `assertStage(period, action)` (apps/server/src/workflow/stage-table.ts),
 * abilities on both sides ask `stageOpen(stage, archived, action)`; nothing else lists stages. ARCHITECTURE.md prints this table
 * (`npm run docs:tables`, checked by apps/server/test/stage-table.test.ts), so the document cannot drift from it.
 *
 * Writes that are open in every stage but an archived period's (units, meetings, plans, dossiers,
 * facts, letterhead) are not listed: they ask `assertWritable` / `isArchived` alone.
 */
export const STAGE_TABLE = {
  copyClusters: { stages: ['setup'], what: 'sao chép cụm, khối' },
  importPeriodFile: { stages: ['setup', 'criteria'], what: 'nhập tệp kỳ thi đua' },
  // The first revision is drafted in the criteria stage (SPEC §4.2); a later one (a reasoned change after
  // issue) may come at any point of the running year.
  draftFirstCriteria: { stages: ['criteria'], what: 'xây dựng bộ tiêu chí (phiên bản đầu)' },
  reviseCriteria: {
    stages: between('criteria', 'decision'),
    what: 'sửa đổi bộ tiêu chí (phiên bản sau)',
  },
  // Units register in February–March, before the cluster issues its criteria in June–July (Ba Đình 2022,
  // Bắc Giang 2022): registration opens with the criteria stage (issue #14 §3).
  writeRegistration: { stages: ['criteria', 'registration'], what: 'đăng ký thi đua' },
  recordPact: { stages: ['registration', 'pact'], what: 'ghi nhận ký giao ước thi đua' },
  scoreSelf: { stages: ['results'], what: 'ghi điểm (tự chấm)' },
  // Focal departments and the standing office score during results and may still correct in review.
  scoreFocal: { stages: ['results', 'review'], what: 'ghi điểm (đơn vị đầu mối chấm)' },
  scoreStandingOffice: { stages: ['results', 'review'], what: 'ghi điểm (cơ quan thường trực chấm)' },
  // The leader's review proposes the agreed value; the preparatory meeting may still change it.
  scoreAgreed: { stages: ['review', 'preparatory'], what: 'ghi điểm (thống nhất)' },
  writeAdjustments: { stages: ['results', 'review', 'preparatory'], what: 'ghi điểm cộng, điểm trừ' },
  raiseObjection: { stages: ['review'], what: 'gửi ý kiến về bảng điểm' },
  withdrawObjection: { stages: ['review'], what: 'rút ý kiến' },
  answerObjection: { stages: ['review', 'preparatory'], what: 'trả lời ý kiến' },
  // Proposals are made and adjusted at the summary meeting and until the council decides; it decides in
  // its decision stage.
  writeProposals: { stages: ['summary', 'decision'], what: 'lập, điều chỉnh đề nghị khen thưởng' },
  decideProposals: { stages: ['decision'], what: 'duyệt đề nghị khen thưởng' },
} as const satisfies Record<string, { stages: readonly PeriodStage[]; what: string }>;

export type StageAction = keyof typeof STAGE_TABLE;

function between(first: PeriodStage, last: PeriodStage): PeriodStage[] {
  return PERIOD_STAGES.slice(PERIOD_STAGES.indexOf(first), PERIOD_STAGES.indexOf(last) + 1);
}

/** The stages an action is allowed in. */
export function stagesOf(action: StageAction): readonly PeriodStage[] {
  return STAGE_TABLE[action].stages;
}

/** An archived period is read-only for everyone. */
export function isArchived(period: { stage: string; archivedAt: unknown }): boolean {
  return period.stage === 'archived' || period.archivedAt !== null;
}

/** Whether the action is open in this stage of a period that is (or is not) archived: for abilities. */
export function stageOpen(stage: string, archived: boolean, action: StageAction): boolean {
  return !archived && (stagesOf(action) as readonly string[]).includes(stage);
}

/** The table as Markdown, for ARCHITECTURE.md (generated; the test compares). */
export function stageTableMarkdown(): string {
  const header = ['Việc (action)', ...PERIOD_STAGES.map((s) => STAGE_NAMES[s])];
  const rows = Object.entries(STAGE_TABLE).map(([action, rule]) => [
    `\`${action}\` — ${rule.what}`,
    ...PERIOD_STAGES.map((s) => ((rule.stages as readonly string[]).includes(s) ? '✓' : '')),
  ]);
  return [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}
