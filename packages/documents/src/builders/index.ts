export * from './common';
export * from './score-table';
