export * from './safeguards';
