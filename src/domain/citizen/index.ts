export * from './account';
export * from './lock';
