import type { Decimal } from '../model/decimal';

/**
 * Ranks by final score, highest first (SPEC §6). Equal scores share a rank (1, 2, 2, 4) and keep
 * their input order. Returns the input indices in listing order and each index's rank.
 */
export function rankUnits(finals: readonly Decimal[]): { order: number[]; ranks: number[] } {
  const order = finals.map((_, i) => i).sort((a, b) => finals[b]!.comparedTo(finals[a]!) || a - b);
  const ranks: number[] = new Array<number>(finals.length).fill(0);
  order.forEach((unitIndex, position) => {
    const previous = order[position - 1];
    const tiedWithPrevious = previous !== undefined && finals[previous]!.eq(finals[unitIndex]!);
    ranks[unitIndex] = tiedWithPrevious ? (ranks[previous] ?? position + 1) : position + 1;
  });
  return { order, ranks };
}
