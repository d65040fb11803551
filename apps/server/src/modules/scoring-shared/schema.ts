// The scoring sheet's and entries' request and response shapes live in @thidua/contracts/scoring (the web
// reads the same); the scoring modules import them from here with the one tag they share.
export * from '@thidua/contracts/scoring';
export { clusterParams } from '@thidua/contracts/primitives';

/** OpenAPI tag of the scoring sheet, entries and evidence. */
export const SCORING_TAGS = ['Chấm điểm'];
