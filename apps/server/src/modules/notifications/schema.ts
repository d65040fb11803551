// The notifications' and the profile's schemas are the contract's (@thidua/contracts/notifications).
export * from '@thidua/contracts/notifications';
