export * from './status';
export * from './identity';
export * from './code';
export * from './process';
export * from './actions';
export * from './state';
export * from './applicant';
export * from './application';
