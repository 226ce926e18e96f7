export * from './safeguards';
export * from './revocation';
