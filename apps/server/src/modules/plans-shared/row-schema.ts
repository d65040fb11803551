// The row fields of a period's rows' views are the contract's (@thidua/contracts/primitives).
export { editableRowFields, periodRowFields } from '@thidua/contracts/primitives';
