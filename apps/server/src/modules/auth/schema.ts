// The auth routes' request and response shapes live in @thidua/contracts/auth (the web reads the same).
export * from '@thidua/contracts/auth';
