export * from './indicators';
export * from './timing';
export * from './citizen';
export * from './agency';
export * from './score';
export * from './period';
export * from './dossier';
