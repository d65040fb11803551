// The work programme's schemas are the contract's (@thidua/contracts/programme).
export * from '@thidua/contracts/programme';
