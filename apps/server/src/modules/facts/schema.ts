// The staff counts' and the facts sheet's request and response schemas are the contract's
// (@thidua/contracts/facts).
export * from '@thidua/contracts/facts';
