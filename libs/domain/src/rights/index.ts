export * from './safeguards';
export * from './revocation';
export * from './majority';
