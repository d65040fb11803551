// The work plans' schemas are the contract's (@thidua/contracts/work-plans).
export * from '@thidua/contracts/work-plans';
