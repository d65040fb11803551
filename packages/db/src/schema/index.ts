// The whole schema, one module per domain area, in dependency order.
export * from './enums';
export * from './auth';
export * from './organisation';
export * from './periods';
export * from './criteria';
export * from './registrations';
export * from './scoring';
export * from './meetings';
export * from './awards';
export * from './plans';
export * from './documents';
export * from './audit';
export * from './data-versions';
export * from './notifications';
export * from './files';
