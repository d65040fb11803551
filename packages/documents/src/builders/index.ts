export * from './common';
export * from './score-table';
export * from './registration';
export * from './minutes';
export * from './award-list';
export * from './award-proposal';
export * from './decision';
