export * from './model';
export * from './calculate';
export * from './defaults';
