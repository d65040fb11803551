// The old and new values of an audit event, said field by field in Vietnamese: the vocabulary's, shared
// with the server's CSV export. The names of units and people come from resolvers the screen passes in.
// (The changes as the server sends them with each event are the contract's: ./types.ts `Change`.)
export { describeChanges, formatAuditValue as formatValue, type Resolvers } from '@thidua/vocabulary';
