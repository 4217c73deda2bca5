export * from './criteria';
export * from './review';
export * from './plan';
export * from './impact';
