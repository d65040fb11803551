// @thidua/contracts: the API's request and response schemas (zod) and their types, one module per file,
// imported by the server's routes, the web's API hooks and the e2e helpers. Import a module's file
// (`@thidua/contracts/organisation`): modules name their schemas alike (`version`, `reason`).
export * from './primitives';
