import type { z } from 'zod';
import { type FieldError, invalid } from '../../http/errors';
import type { seatInput } from '@thidua/contracts/periods-clusters';

/** The leadership of a cluster once checked: one leader, one or two deputies with distinct ranks. */
export interface Leadership {
  leader: string;
  deputies: { unitId: string; rank: number }[];
}

/**
 * Checks a requested leadership (SPEC §3: exactly one leader, one or two deputies of rank 1–2, no unit
 * in two seats) and ranks the deputies that came without a rank in the order given. Every problem is
 * reported with the field it is about.
 */
export function checkSeats(seats: z.infer<typeof seatInput>[]): Leadership {
  const errors: FieldError[] = [];
  const at = (i: number, field?: string) => `body.seats[${i}]${field ? `.${field}` : ''}`;
  const seen = new Map<string, number>();
  seats.forEach((seat, i) => {
    const first = seen.get(seat.unitId);
    if (first !== undefined)
      errors.push({ path: at(i, 'unitId'), message: `đơn vị đã có ghế ở ${at(first)}` });
    else seen.set(seat.unitId, i);
    if (seat.role === 'leader' && seat.deputyRank !== undefined) {
      errors.push({ path: at(i, 'deputyRank'), message: 'chỉ cụm phó mới có thứ tự' });
    }
  });
  const leaders = seats.flatMap((s, i) => (s.role === 'leader' ? [i] : []));
  const deputies = seats.flatMap((s, i) => (s.role === 'deputy' ? [i] : []));
  if (leaders.length === 0)
    errors.push({ path: 'body.seats', message: 'phải có đúng một cụm trưởng (nhận được 0)' });
  for (const i of leaders.slice(1)) {
    errors.push({
      path: at(i, 'role'),
      message: `cụm, khối chỉ có một cụm trưởng (đã có ${at(leaders[0]!)})`,
    });
  }
  if (deputies.length === 0)
    errors.push({ path: 'body.seats', message: 'phải có một hoặc hai cụm phó (nhận được 0)' });
  for (const i of deputies.slice(2)) {
    errors.push({ path: at(i, 'role'), message: 'cụm, khối có nhiều nhất hai cụm phó' });
  }
  const ranks = new Map<number, number>();
  for (const i of deputies) {
    const rank = seats[i]!.deputyRank;
    if (rank === undefined) continue;
    const other = ranks.get(rank);
    if (other !== undefined) {
      errors.push({ path: at(i, 'deputyRank'), message: `thứ tự cụm phó ${rank} đã dùng ở ${at(other)}` });
    } else ranks.set(rank, i);
  }
  if (errors.length > 0) throw invalid(errors, 'Cụm trưởng, cụm phó chưa hợp lệ');
  const free = [1, 2].filter((r) => !ranks.has(r));
  return {
    leader: seats[leaders[0]!]!.unitId,
    deputies: deputies.map((i) => ({
      unitId: seats[i]!.unitId,
      rank: seats[i]!.deputyRank ?? free.shift()!,
    })),
  };
}
