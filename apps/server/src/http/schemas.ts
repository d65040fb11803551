// The shared input primitives live in @thidua/contracts (browser-safe, with the module schemas).
export * from '@thidua/contracts/primitives';
