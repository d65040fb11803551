// The old and new values of an audit event, said field by field in Vietnamese: the vocabulary's, shared
// with the server's CSV export. The names of units and people come from resolvers the screen passes in.
export {
  type Change,
  describeChanges,
  formatAuditValue as formatValue,
  type Resolvers,
} from '@thidua/vocabulary';
