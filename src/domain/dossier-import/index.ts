export * from './dates';
export * from './record';
export * from './timeline';
export * from './mapping';
export * from './read-only';
