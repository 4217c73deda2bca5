export * from './sniff';
export * from './recognise-id';
