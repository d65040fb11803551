/** The quorum of a meeting, as the meeting view shows it. */
export interface Quorum {
  /** Member units of the cluster (the leader and deputies are members too). */
  members: number;
  /** Member units recorded as present. */
  present: number;
  /** The smallest number present that makes the quorum: ⌈2 × members / 3⌉. */
  required: number;
  reached: boolean;
}

/**
 * SPEC §3: a meeting needs at least two thirds of the member units present, `present × 3 ≥ members × 2`.
 * Integer arithmetic only, so 6 of 9 is exactly two thirds (18 ≥ 18) and 5 of 8 is not (15 < 16).
 * A cluster with no members has no quorum to reach: nobody can vote in it.
 */
export function quorumOf(members: number, present: number): Quorum {
  return {
    members,
    present,
    required: Math.ceil((members * 2) / 3),
    reached: members > 0 && present * 3 >= members * 2,
  };
}
