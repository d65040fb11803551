// The shared pieces of the plans' schemas are the contract's (@thidua/contracts/plans-shared).
export * from '@thidua/contracts/plans-shared';
