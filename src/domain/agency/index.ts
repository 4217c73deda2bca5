export * from './agency';
