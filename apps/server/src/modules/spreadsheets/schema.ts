// The spreadsheets' request and response schemas are the contract's (@thidua/contracts/spreadsheets).
export * from '@thidua/contracts/spreadsheets';
