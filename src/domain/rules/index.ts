export * from './rule-set';
export * from './supplement';
export * from './extension';
export * from './scoring-766';
export * from './scoring-766-history';
