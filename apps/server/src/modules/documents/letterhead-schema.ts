// The letterhead's schemas are the contract's (@thidua/contracts/letterhead).
export * from '@thidua/contracts/letterhead';
