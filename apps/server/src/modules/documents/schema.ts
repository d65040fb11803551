// The documents' schemas are the contract's (@thidua/contracts/documents).
export * from '@thidua/contracts/documents';
