// The movements' and their reports' request and response schemas are the contract's
// (@thidua/contracts/movements).
export * from '@thidua/contracts/movements';
