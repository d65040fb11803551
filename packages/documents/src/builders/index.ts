export * from './common';
export * from './score-table';
export * from './registration';
export * from './minutes';
