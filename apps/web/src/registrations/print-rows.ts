import type { PrintCriterion } from './types';

/**
 * The rows of the printed plan table: the quantitative leaves, each under the containers it sits in (a
 * container is printed only when something under it is quantitative), in document order. The criteria
 * arrive flattened with their depth, each container directly followed by its subtree.
 */
export function printableRows(criteria: readonly PrintCriterion[]): PrintCriterion[] {
  return criteria.filter((row, i) => {
    if (row.quantitative) return true;
    for (let j = i + 1; j < criteria.length && criteria[j]!.depth > row.depth; j += 1) {
      if (criteria[j]!.quantitative) return true;
    }
    return false;
  });
}
