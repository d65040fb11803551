// @thidua/vocabulary: the domain's words, safe for the browser. See README "One place for the words".
export * from './audit';
export * from './enums';
export * from './names';
export * from './stages';
export * from './notifications';
export * from './working-days';
export * from './public-posting';
