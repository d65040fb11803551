// The objections' request and response schemas are the contract's (@thidua/contracts/objections).
export * from '@thidua/contracts/objections';
