import type { PeriodStage } from '@thidua/vocabulary';
import { describe, expect, it } from 'vitest';
import type { DueItem } from '../src/home/api';
import { clusterOfMine, openDeadlines } from '../src/home/due-items';

const item = (stage: PeriodStage, dueOn: string, status: DueItem['status'], late = false): DueItem => ({
  id: stage,
  periodId: 'p',
  stage,
  stageName: stage,
  clusterId: null,
  unitType: null,
  dueOn,
  note: null,
  status,
  late,
  daysLeft: 0,
  version: 1,
});

describe('openDeadlines', () => {
  it('drops stages finished on time, lists the late first, then by date', () => {
    const items = [
      item('criteria', '2026-07-31', 'done'),
      item('summary', '2026-12-31', 'upcoming'),
      item('results', '2026-10-31', 'current', true),
      item('review', '2026-11-30', 'upcoming'),
    ];
    expect(openDeadlines(items).map((i) => i.stage)).toEqual(['results', 'review', 'summary']);
  });

  it('keeps nothing when every stage is done', () => {
    expect(openDeadlines([item('criteria', '2026-07-31', 'done')])).toEqual([]);
  });
});

describe('clusterOfMine', () => {
  it('finds the cluster one of the user’s units belongs to', () => {
    const clusters = [
      { id: 'c1', members: [{ unitId: 'a' }, { unitId: 'b' }] },
      { id: 'c2', members: [{ unitId: 'c' }] },
    ];
    expect(clusterOfMine(clusters, new Set(['c']))?.id).toBe('c2');
    expect(clusterOfMine(clusters, new Set(['z']))).toBeUndefined();
  });
});
