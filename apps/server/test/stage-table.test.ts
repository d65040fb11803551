import { readFileSync } from 'node:fs';
import { PERIOD_STAGES, type PeriodStage } from '@thidua/db';
import { STAGE_TABLE, type StageAction, stageOpen, stageTableMarkdown, stagesOf } from '@thidua/vocabulary';
import { describe, expect, it } from 'vitest';
import { ARCHITECTURE, generatedBlock } from '../../../scripts/docs-tables';
import { cells } from './markdown-table';
import { AppError } from '../src/http/errors';
import { assertStage } from '../src/workflow/stage-table';

const ACTIONS = Object.keys(STAGE_TABLE) as StageAction[];
const period = (stage: PeriodStage, archivedAt: Date | null = null) => ({ stage, archivedAt });

function refusal(fn: () => void): AppError | null {
  try {
    fn();
    return null;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
}

describe('the stage table', () => {
  it('lists, for every action, some stages of the cycle in their order, never the archived one', () => {
    for (const action of ACTIONS) {
      const stages = stagesOf(action);
      expect(stages.length, action).toBeGreaterThan(0);
      expect(stages, action).not.toContain('archived');
      const order = stages.map((s) => PERIOD_STAGES.indexOf(s));
      expect(order, action).toEqual([...order].sort((a, b) => a - b));
      expect(order.every((i) => i >= 0)).toBe(true);
    }
  });

  it('allows each action exactly in its stages, and refuses the others naming the current and allowed stages', () => {
    for (const action of ACTIONS) {
      for (const stage of PERIOD_STAGES.filter((s) => s !== 'archived')) {
        const allowed = stagesOf(action).includes(stage);
        const error = refusal(() => assertStage(period(stage), action));
        expect(stageOpen(stage, false, action), `${action} in ${stage}`).toBe(allowed);
        if (allowed) expect(error, `${action} in ${stage}`).toBeNull();
        else {
          expect(error?.code, `${action} in ${stage}`).toBe('STAGE');
          expect(error?.message).toContain(STAGE_TABLE[action].what);
          expect(error?.message).toMatch(/chỉ được ở: "/);
        }
      }
    }
  });

  it('refuses every action in an archived period, even one archived in a stage that allows it', () => {
    for (const action of ACTIONS) {
      const open = stagesOf(action)[0]!;
      expect(refusal(() => assertStage(period('archived'), action))?.code).toBe('LOCKED');
      expect(refusal(() => assertStage(period(open, new Date()), action))?.code).toBe('LOCKED');
      expect(stageOpen(open, true, action)).toBe(false);
    }
  });

  it('names the write as the call says when it says more than the table', () => {
    const error = refusal(() => assertStage(period('setup'), 'writeAdjustments', 'sửa điểm cộng, điểm trừ'));
    expect(error?.message).toMatch(/^Không thể sửa điểm cộng, điểm trừ khi kỳ thi đua đang ở giai đoạn /);
  });

  it('is printed in ARCHITECTURE.md exactly as the code has it (npm run docs:tables)', () => {
    const block = generatedBlock(readFileSync(ARCHITECTURE, 'utf8'), 'stage-table');
    expect(block, 'the generated block is in ARCHITECTURE.md').not.toBeNull();
    expect(cells(block!)).toEqual(cells(stageTableMarkdown()));
  });
});
