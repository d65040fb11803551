// The set-up checklist's steps and view are the contract's (@thidua/contracts/setup).
export * from '@thidua/contracts/setup';
